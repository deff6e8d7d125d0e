package jp.kizuna.registry.organization;

import jp.kizuna.platform.time.HistoricDate;

/**
 * A designated-manager contract (指定管理): the organization runs a public facility for the city.
 *
 * @param endsOn empty while the source states no end
 */
public record FacilityContract(String facility, HistoricDate startsOn, HistoricDate endsOn, String cityDepartment) {
}
