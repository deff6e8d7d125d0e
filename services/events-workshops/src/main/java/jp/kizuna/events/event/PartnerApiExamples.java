package jp.kizuna.events.event;

/**
 * Request examples the OpenAPI document shows for everything a partner NPO's client does: the
 * 一箕 workshop of the seed dataset as a partner would announce it, and the steps around it.
 */
public final class PartnerApiExamples {

    public static final String DRAFT = """
            {"organizerId": "ikki",
             "details": {"title": "一箕地区まちづくりワークショップ 第1回",
                         "titleEn": "Ikki District Community Planning Workshop, session 1",
                         "kind": "WORKSHOP", "description": "地域づくりビジョンって? 他",
                         "venue": {"name": "一箕公民館", "address": "会津若松市一箕町"},
                         "schedule": {"date": "2024-06-21", "startTime": "18:30", "endTime": "20:00"},
                         "capacity": 40, "fee": {"basicYen": 0},
                         "registration": {"required": true, "deadline": "2024-06-19"},
                         "eligibility": "一箕地区にお住まい、または一箕地区で働いている人",
                         "eligibilityDeclarationRequired": true,
                         "contact": {"name": "一箕地区ひとみ創造ネットワーク", "phone": "0242-00-0000"},
                         "districts": ["一箕"], "projectCode": "36-2-9"}}
            """;

    public static final String TENTATIVE_SESSION = """
            {"organizerId": "ikki", "seriesId": "ikki-machizukuri-workshop-2024", "session": 5,
             "details": {"title": "一箕地区まちづくりワークショップ 第5回", "kind": "WORKSHOP",
                         "description": "分野別の取組を考えよう3", "venue": {"name": "一箕公民館"},
                         "schedule": {"tentativeMonth": "2024-10", "startTime": "18:30", "endTime": "20:00"},
                         "registration": {"required": true}}}
            """;

    public static final String EDIT = """
            {"details": {"title": "一箕地区まちづくりワークショップ 第1回", "kind": "WORKSHOP",
                         "venue": {"name": "一箕公民館 大会議室"},
                         "schedule": {"date": "2024-06-21", "startTime": "18:30", "endTime": "20:00"},
                         "capacity": 50, "registration": {"required": true, "deadline": "2024-06-19"}}}
            """;

    public static final String CANCELLATION = """
            {"reason": "台風接近のため中止します。"}
            """;

    public static final String SERIES = """
            {"organizerId": "ikki", "title": "一箕地区まちづくりワークショップ",
             "description": "出席できる回のみでも構いませんので、お気軽にご参加ください。"}
            """;

    public static final String SERIES_CHANGE = """
            {"title": "一箕地区まちづくりワークショップ", "titleEn": "Ikki District Community Planning Workshop",
             "description": "全5回です。出席できる回のみでも構いませんので、お気軽にご参加ください。"}
            """;

    public static final String PHONE_SIGN_UP = """
            {"registrant": {"name": "会津 花子", "nameKana": "あいづ はなこ", "phone": "0242-00-0000"},
             "channel": "PHONE", "eligibilityDeclared": true, "note": "電話で受付（足が不自由なため入口近くの席を希望）"}
            """;

    public static final String ONLINE_SIGN_UP = """
            {"registrant": {"name": "会津 太郎", "email": "taro@example.jp"}, "eligibilityDeclared": true}
            """;

    public static final String CHECK_IN = """
            {"registrationId": "ikki-workshop-2024-1_5f2c9a0b1d3e4f5a6b7c8d9e"}
            """;

    public static final String COUNTS = """
            {"walkIns": 3, "groups": [{"organizationId": "ikki", "name": "一箕地区ひとみ創造ネットワーク", "headcount": 12},
                                      {"name": "一箕小学校PTA", "headcount": 8}]}
            """;

    private PartnerApiExamples() {
    }
}
