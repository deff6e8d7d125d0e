package jp.kizuna.registry.membership;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jp.kizuna.platform.time.FiscalYear;

/**
 * The membership rate of a fiscal year, citywide and by district, derived from the associations'
 * latest reports: the sums of member and total households, divided (not an average of rates, so a
 * large association weighs as much as its households).
 */
public record MembershipRates(int fiscalYear, String fiscalYearLabel, String fiscalYearJapanese,
                              MembershipRate citywide, Map<String, MembershipRate> byDistrict) {

    public static MembershipRates derive(FiscalYear year, List<MembershipReport> reports) {
        Map<String, List<MembershipReport>> byDistrict = reports.stream()
                .collect(Collectors.groupingBy(MembershipReport::district, TreeMap::new, Collectors.toList()));
        Map<String, MembershipRate> rates = new TreeMap<>();
        byDistrict.forEach((district, ofDistrict) -> rates.put(district, sum(ofDistrict)));
        return new MembershipRates(year.startYear(), year.label(), year.japaneseLabel(), sum(reports), rates);
    }

    private static MembershipRate sum(List<MembershipReport> reports) {
        long members = reports.stream().mapToLong(MembershipReport::memberHouseholds).sum();
        long households = reports.stream().mapToLong(MembershipReport::totalHouseholds).sum();
        return MembershipRate.of(members, households, reports.size());
    }
}
