package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import jp.kizuna.kpi.membership.MembershipReadModel;
import jp.kizuna.kpi.organizations.OrganizationReadModel;
import jp.kizuna.platform.time.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * The rules by which indicators follow the other services: 地域づくり活動組織数 counts the regional
 * management organizations active at the fiscal year's end (today, for the running year);
 * 町内会加入率 divides the member households by all households the associations reported for the
 * year. A year that has not begun has no derived value.
 */
@Component
public class Derivations {

    private final OrganizationReadModel organizations;
    private final MembershipReadModel membership;

    Derivations(OrganizationReadModel organizations, MembershipReadModel membership) {
        this.organizations = organizations;
        this.membership = membership;
    }

    public Optional<DerivedValue> derive(Indicator indicator, FiscalYear year, LocalDate today) {
        if (year.firstDay().isAfter(today)) {
            return Optional.empty();
        }
        boolean ended = year.lastDay().isBefore(today);
        LocalDate asOf = ended ? year.lastDay() : today;
        String state = ended ? "FINAL" : "PROVISIONAL";
        return switch (indicator.derivedFrom()) {
            case REGISTRY_ORGANIZATIONS -> Optional.of(new DerivedValue(
                    BigDecimal.valueOf(organizations.countActiveRegionalManagementOrganizations(asOf)), state, asOf,
                    "地域運営組織のうち" + asOf + "時点で活動中のもの（組織台帳のイベントから集計）"));
            case MEMBERSHIP_REPORTS -> membership.rate(year.startYear()).map(rate -> new DerivedValue(rate, state, asOf,
                    "町内会の加入状況報告の合計（加入世帯数÷全世帯数）"));
            case NONE -> Optional.empty();
        };
    }
}
