package jp.kizuna.registry.organization;

/** The kinds of public link an organization lists. */
public enum LinkKind {
    WEBSITE, NOTE, INSTAGRAM, FACEBOOK, X, YOUTUBE, CITY_PAGE, OTHER
}
