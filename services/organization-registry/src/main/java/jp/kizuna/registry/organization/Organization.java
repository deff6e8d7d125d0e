package jp.kizuna.registry.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.kizuna.platform.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A community organization in the city's register. */
@Document("organizations")
public class Organization extends AggregateRoot {

    @Id
    private String id;
    private String name;
    private String nameKana;
    private String nameEn;
    private OrganizationKind kind;
    private List<String> districts;
    private OrganizationStatus status;
    private LocalDate foundedOn;
    private Instant registeredAt;

    /** For the persistence layer only. */
    protected Organization() {
    }

    private Organization(String id, OrganizationProfile profile, Instant registeredAt) {
        this.id = id;
        this.name = profile.name();
        this.nameKana = profile.nameKana();
        this.nameEn = profile.nameEn();
        this.kind = profile.kind();
        this.districts = List.copyOf(profile.districts());
        this.foundedOn = profile.foundedOn();
        this.status = OrganizationStatus.ACTIVE;
        this.registeredAt = registeredAt;
    }

    public static Organization register(String id, OrganizationProfile profile, Instant now) {
        Organization organization = new Organization(id, profile, now);
        organization.raise(new OrganizationRegistered(id, organization.name, organization.nameKana,
                organization.nameEn, organization.kind, organization.districts, organization.status,
                organization.foundedOn, now));
        return organization;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String nameKana() {
        return nameKana;
    }

    public String nameEn() {
        return nameEn;
    }

    public OrganizationKind kind() {
        return kind;
    }

    public List<String> districts() {
        return districts;
    }

    public OrganizationStatus status() {
        return status;
    }

    public LocalDate foundedOn() {
        return foundedOn;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
