package jp.kizuna.registry.organization;

/**
 * An organization's name as written, its reading in kana and its English name.
 *
 * @param nameKana the reading in hiragana or katakana
 */
public record OrganizationName(
        String name,
        String nameKana,
        String nameEn) {

    public OrganizationName {
        name = name == null ? null : name.strip();
        nameKana = nameKana == null ? null : nameKana.strip();
        nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
    }

    /** A reading: hiragana or katakana (spaces and ・ allowed). */
    public static final String KANA = "[\\p{IsHiragana}\\p{IsKatakana}ー・\\s　]+";
    public static final String KANA_MESSAGE = "must be written in hiragana or katakana";
}
