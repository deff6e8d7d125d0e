package jp.kizuna.events.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;

/** The bodies the registration endpoints take. */
public final class RegistrationRequests {

    private RegistrationRequests() {
    }

    /**
     * A sign-up. Residents sign up ONLINE for themselves; city staff and the organizer enter PHONE
     * and PAPER sign-ups for people who do not use the internet.
     *
     * @param eligibilityDeclared the person declares they meet the event's eligibility
     * @param allowDuplicate       for a PHONE or PAPER sign-up: enter it although a registration of the
     *                             same name and phone exists (another person of that name, or the same
     *                             person on purpose); recorded on the registration as {@code duplicateOf}
     */
    public record SignUp(@NotNull @Valid Registrant registrant, Channel channel, Boolean eligibilityDeclared,
                         @MultiLineText @Size(max = 1000) String note, Boolean allowDuplicate) {

        public SignUp {
            eligibilityDeclared = Boolean.TRUE.equals(eligibilityDeclared);
            allowDuplicate = Boolean.TRUE.equals(allowDuplicate);
        }

        public Channel channelOrOnline() {
            return channel == null ? Channel.ONLINE : channel;
        }
    }

    public record Cancellation(@MultiLineText @Size(max = 1000) String reason) {
    }
}
