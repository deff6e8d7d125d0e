package jp.kizuna.registry.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.registry.organization.DevelopmentStage;
import jp.kizuna.registry.organization.LegalForm;
import jp.kizuna.registry.organization.Organization;
import jp.kizuna.registry.organization.OrganizationKind;
import jp.kizuna.registry.placement.PlacementProgramme;
import jp.kizuna.registry.placement.StaffPlacement;
import org.junit.jupiter.api.Test;

/** The seed dataset states what the city's documents state ([000], [003] in the YAML). */
class SeedDatasetTest {

    static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    static final SeedDataset SEED = SeedLoader.read();
    static final Map<String, Organization> ORGANIZATIONS = SEED.organizations().stream()
            .map(o -> SeedLoader.build(o, Actor.of(SEED.recordedBy()), NOW))
            .collect(Collectors.toMap(Organization::id, Function.identity()));

    static List<Organization> regionalManagementOrganizations() {
        return ORGANIZATIONS.values().stream()
                .filter(o -> o.registration().kind() == OrganizationKind.REGIONAL_MANAGEMENT_ORGANIZATION).toList();
    }

    @Test
    void holdsTheSixRegionalManagementOrganizationsOfTheSeeds() {
        assertThat(regionalManagementOrganizations()).extracting(Organization::officialName).containsExactlyInAnyOrder(
                "北会津地域づくり委員会", "河東地域づくり委員会", "NPO法人みんなと湊まちづくりネットワーク",
                "NPO法人大戸まちづくり協議会", "永和地区地域づくり協議会", "一箕地区ひとみ創造ネットワーク");
    }

    @Test
    void fiveOfThemWereActiveAtTheEndOfReiwa4AsTheEvaluationSheetCounts() {
        // [000] 地域づくり活動組織数 実績 令和４年度 5
        LocalDate endOfFy2022 = FiscalYear.of(2022).lastDay();
        long active = regionalManagementOrganizations().stream()
                .filter(o -> !o.registration().foundedOn().firstDay().isAfter(endOfFy2022)).count();
        assertThat(active).isEqualTo(5);
    }

    @Test
    void minatoWasRenamedAndIncorporatedInReiwaGannenAndRunsTheCoreVillageCentre() {
        Organization minato = ORGANIZATIONS.get("minato");

        assertThat(minato.formerNames()).singleElement().satisfies(former -> {
            assertThat(former.name()).isEqualTo("湊地区地域活性化協議会");
            assertThat(former.usedUntil().japaneseLabel()).isEqualTo("令和元年度");
        });
        assertThat(minato.registration().foundedOn().japaneseLabel()).isEqualTo("平成27年3月");
        assertThat(minato.registration().legalForm()).isEqualTo(LegalForm.NPO_CORPORATION);
        assertThat(minato.registration().incorporatedOn().value()).isEqualTo("FY2019");
        assertThat(minato.visions()).extracting(v -> v.revisionJapanese() + "：" + v.title())
                .containsExactly("第一次：湊地区地域づくりビジョン", "第三次：第三次湊地区地域づくりビジョン");
        assertThat(minato.visions().getLast().adoptedOn().japaneseLabel()).isEqualTo("令和4年度");
        assertThat(minato.facilityContracts()).singleElement().satisfies(contract -> {
            assertThat(contract.facility()).isEqualTo("基幹集落センター");
            assertThat(contract.startsOn().japaneseLabel()).isEqualTo("令和5年度");
        });
        assertThat(minato.stage()).contains(DevelopmentStage.STEP_4);
    }

    @Test
    void theDatedHistoriesOfTheOthersAreAsWritten() {
        assertThat(ORGANIZATIONS.get("kitaaizu").registration().foundedOn().japaneseLabel()).isEqualTo("平成25年7月");
        assertThat(ORGANIZATIONS.get("kitaaizu").profile().memberCount()).isEqualTo(44);
        assertThat(ORGANIZATIONS.get("kitaaizu").visions().getFirst().adoptedOn().japaneseLabel()).isEqualTo("令和3年度");
        assertThat(ORGANIZATIONS.get("kawahigashi").registration().foundedOn().japaneseLabel()).isEqualTo("平成25年6月");
        assertThat(ORGANIZATIONS.get("kawahigashi").visions().getFirst().planPeriodJapanese())
                .isEqualTo("令和3年度～令和7年度");
        assertThat(ORGANIZATIONS.get("oto").registration().incorporatedOn().japaneseLabel()).isEqualTo("令和5年4月");
        assertThat(ORGANIZATIONS.get("eiwa").registration().districts()).containsExactly("町北", "高野");
        assertThat(ORGANIZATIONS.get("eiwa").profile().secretariat()).isEqualTo("北公民館");
        assertThat(ORGANIZATIONS.get("eiwa").visions().getFirst().adoptedOn().japaneseLabel()).isEqualTo("令和4年9月");
        assertThat(ORGANIZATIONS.get("ikki").registration().foundedOn().japaneseLabel()).isEqualTo("令和6年5月31日");
    }

    @Test
    void everyOrganizationEmitsItsHistoryAsEvents() {
        Organization minato = SeedLoader.build(SEED.organizations().stream().filter(o -> o.id().equals("minato"))
                .findFirst().orElseThrow(), Actor.of("seed"), NOW);

        // registered, renamed, incorporated, two visions, one contract, three stage changes
        assertThat(minato.history()).hasSize(9);
    }

    @Test
    void theStaffPlacedInReiwa5AreTheOnesTheSheetLists() {
        // [000] 令和5年度配置：地域おこし協力隊（大戸1名、湊1名）、集落支援員（湊1名、河東1名）
        List<StaffPlacement> placements = SEED.placements().stream().map(p -> {
            StaffPlacement placement = StaffPlacement.start(p.id(), p.terms(), Actor.of("seed"), NOW);
            if (p.ended() != null) {
                placement.end(p.ended().endedOn(), p.ended().outcome(), p.ended().note(), Actor.of("seed"), NOW);
            }
            return placement;
        }).toList();
        FiscalYear reiwa5 = FiscalYear.of(2023);

        assertThat(placements.stream().filter(p -> p.activeIn(reiwa5))
                .map(p -> p.programme().japaneseName() + ":" + p.area()))
                .containsExactlyInAnyOrder("地域おこし協力隊:大戸", "地域おこし協力隊:湊", "集落支援員:湊", "集落支援員:河東");
        assertThat(placements.stream().filter(p -> p.programme() == PlacementProgramme.REGIONAL_REVITALIZATION_COOPERATOR)
                .mapToInt(StaffPlacement::headcount).sum()).isEqualTo(5);
    }

    @Test
    void namesTheDistrictsOfTheSeeds() {
        assertThat(SEED.districts()).extracting(d -> d.name()).contains("北会津", "河東", "湊", "大戸", "永和", "一箕", "行仁",
                "門田", "東山", "神指", "町北", "高野");
    }
}
