package jp.kizuna.registry.district;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A district (地区) of the city as its documents name it, e.g. 湊 or 永和, which comprises 町北 and
 * 高野.
 *
 * @param name               the name as written; also the id
 * @param formerMunicipality the municipality it belonged to before the mergers (旧北会津村, 旧河東町, 旧会津若松市)
 * @param comprises          the districts it is made of, when it is a grouping such as 永和
 */
@Document("districts")
public record District(
        @Id String name,
        String nameKana,
        String nameEn,
        String formerMunicipality,
        List<String> comprises) {

    public District {
        comprises = comprises == null ? List.of() : List.copyOf(comprises);
    }
}
