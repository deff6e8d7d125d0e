package jp.kizuna.localauth.seed;

import java.util.List;

import jp.kizuna.localauth.LocalAuthProperties;
import jp.kizuna.localauth.account.AccountRole;
import jp.kizuna.localauth.account.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The demo people of the local stack, one per kind of user, so that a newcomer can sign in as each at
 * once (README: "Demo people"). Created only while the seed is on ({@code KIZUNA_AUTH_SEED_ENABLED}, on in
 * {@code make run}) and only here: the Helm chart runs no local issuer, so a city's cluster never has them.
 * An address that already has an account is left alone.
 */
@Component
class DemoPeople implements ApplicationRunner {

    /** The demo accounts' e-mail domain: {@code .example} is reserved (RFC 2606) and reaches no one. */
    static final String DOMAIN = "kizuna.example";

    record DemoPerson(String displayName, String kanaName, String email, AccountRole role, String organizationId,
                      String password) {
    }

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("会津 花子", "あいづ はなこ", "hanako@" + DOMAIN, AccountRole.RESIDENT, null, "aoi-sora-no-shita"),
            new DemoPerson("若松 太郎", "わかまつ たろう", "taro@" + DOMAIN, AccountRole.RESIDENT, null, "kita-no-yuki-michi"),
            new DemoPerson("滝沢 みどり（一箕地区ひとみ創造ネットワーク）", "たきざわ みどり", "officer.ikki@" + DOMAIN,
                    AccountRole.ORG_ADMIN, "ikki", "hitomi-machizukuri-24"),
            new DemoPerson("湊 健一（みんなと湊まちづくりネットワーク）", "みなと けんいち", "partner.minato@" + DOMAIN,
                    AccountRole.PARTNER, "minato", "minna-to-tsunagu-umi"),
            new DemoPerson("鈴木 誠（地域づくり課）", "すずき まこと", "staff@" + DOMAIN, AccountRole.CITY_STAFF, null,
                    "chiiki-zukuri-ka-desk"),
            new DemoPerson("佐藤 直子（情報政策課）", "さとう なおこ", "admin@" + DOMAIN, AccountRole.CITY_ADMIN, null,
                    "joho-seisaku-kanri-01"));

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

    private final AccountService accounts;
    private final LocalAuthProperties properties;

    DemoPeople(AccountService accounts, LocalAuthProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.seed().enabled()) {
            return;
        }
        long created = PEOPLE.stream()
                .filter(person -> accounts.seedDemoPerson(person.displayName(), person.kanaName(), person.email(),
                        person.role(), person.organizationId(), person.password()).isPresent())
                .count();
        log.info("demo people: {} created, {} already there", created, PEOPLE.size() - created);
    }
}
