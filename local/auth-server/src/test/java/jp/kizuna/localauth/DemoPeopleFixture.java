package jp.kizuna.localauth;

/** The demo people the issuer seeds (README "Demo people"), as the tests sign in with them. */
public final class DemoPeopleFixture {

    public record Person(String email, String password) {
    }

    public static final Person HANAKO = new Person("hanako@kizuna.example", "aoi-sora-no-shita");
    public static final Person TARO = new Person("taro@kizuna.example", "kita-no-yuki-michi");
    public static final Person IKKI_OFFICER = new Person("officer.ikki@kizuna.example", "hitomi-machizukuri-24");
    public static final Person MINATO_PARTNER = new Person("partner.minato@kizuna.example", "minna-to-tsunagu-umi");
    public static final Person STAFF = new Person("staff@kizuna.example", "chiiki-zukuri-ka-desk");
    public static final Person ADMIN = new Person("admin@kizuna.example", "joho-seisaku-kanri-01");

    private DemoPeopleFixture() {
    }
}
