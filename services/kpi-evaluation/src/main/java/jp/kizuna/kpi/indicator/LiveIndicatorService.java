package jp.kizuna.kpi.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jp.kizuna.kpi.organizations.OrganizationProjection;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.stereotype.Service;

/** Derives the live values of the KPIs that follow other services' events. */
@Service
public class LiveIndicatorService {

    /** 地域づくり活動組織数: regional management organizations that continue their activity. */
    public static final String ACTIVE_COMMUNITY_ORGANIZATIONS = "active-community-organizations";

    private final OrganizationProjection organizations;
    private final Clock clock;

    LiveIndicatorService(OrganizationProjection organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    public LiveIndicatorValue liveValue(String indicator) {
        if (!ACTIVE_COMMUNITY_ORGANIZATIONS.equals(indicator)) {
            throw ProblemException.notFound("Live indicator", indicator);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, FiscalYear.CITY_ZONE);
        long count = organizations.countActiveRegionalManagementOrganizations(today);
        return new LiveIndicatorValue(ACTIVE_COMMUNITY_ORGANIZATIONS, "地域づくり活動組織数", "団体",
                FiscalYearLabel.of(FiscalYear.containing(today)), BigDecimal.valueOf(count), "PROVISIONAL", "DERIVED", now);
    }
}
