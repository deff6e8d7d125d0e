package jp.kizuna.events.registration;

/** How a sign-up reached the organizer: online by the person, or by phone or on paper, entered by staff. */
public enum Channel {
    ONLINE, PHONE, PAPER
}
