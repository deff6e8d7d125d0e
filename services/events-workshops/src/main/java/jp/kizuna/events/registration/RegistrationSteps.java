package jp.kizuna.events.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The steps that keep registrations and their event's {@link SeatLedger} in agreement, each safe to
 * repeat or to take over: placing a sign-up (without a lock: it is the step a rush is made of),
 * cancelling and promoting (under the event's lock, one at a time). The use cases, the event's
 * cancellation and the {@link RegistrationReconciler} all go through here; the ledger's Javadoc
 * says why this keeps capacity and ticket order.
 */
@Component
class RegistrationSteps {

    private static final Logger log = LoggerFactory.getLogger(RegistrationSteps.class);
    /** How long a cancellation waits for the event's lock before it answers "try again". */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(5);

    private final RegistrationRepository registrations;
    private final SeatLedger ledger;
    private final Clock clock;

    RegistrationSteps(RegistrationRepository registrations, SeatLedger ledger, Clock clock) {
        this.registrations = registrations;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Takes a seat or a waitlist place for a requested registration with its attempt, records which
     * and with which ticket, and clears the ledger's journal entry.
     *
     * @return the registration as it stands afterwards
     */
    Registration place(Registration registration) {
        String eventId = registration.eventId();
        Optional<SeatLedger.Placement> placement = ledger.place(eventId, registration.id(), registration.attempt(),
                clock.instant());
        if (placement.isEmpty()) {
            return current(registration); // the reconciler took it over
        }
        SeatLedger.Place place = placement.get().place();
        registration.placed(place, placement.get().ticket(), placement.get().after().waiting(), clock.instant());
        Registration saved;
        try {
            saved = registrations.save(registration);
        } catch (OptimisticLockingFailureException takenOver) {
            // the reconciler gave the registration a new attempt meanwhile: this placement is not to be recorded
            if (place != SeatLedger.Place.CLOSED) {
                ledger.undo(eventId, registration.id(), registration.attempt());
            }
            return current(registration);
        }
        if (place == SeatLedger.Place.CLOSED) {
            return saved;
        }
        Optional<SeatCounter> after = ledger.recorded(eventId, saved.id(), saved.attempt());
        if (place == SeatLedger.Place.WAITLIST && after.map(SeatCounter::promotable).orElse(true)) {
            // a seat came free while this sign-up joined the waitlist; a promotion may have waited for it
            promoteWaiting(eventId);
            return current(saved);
        }
        return saved;
    }

    /**
     * Cancels a confirmed or waitlisted registration (the person, the organizer or with its event)
     * under the event's lock, giving up its seat or place in the same step; a freed seat goes to the
     * first on the waitlist.
     *
     * @param expectedVersion the version the caller read (If-Match); null when the caller is the system
     */
    Registration cancel(String registrationId, Long expectedVersion, String reason, String by) {
        String eventId = load(registrationId).eventId();
        String owner = lockWaiting(eventId).orElseThrow(() -> ProblemException.conflict(
                "The seats of this event are being updated right now; try again in a moment."));
        Registration cancelled;
        try {
            cancelled = cancelUnderLock(eventId, owner, registrationId, expectedVersion, reason, by);
        } finally {
            ledger.unlock(eventId, owner);
        }
        promoteWaiting(eventId);
        return cancelled;
    }

    /**
     * Stops sign-ups for a cancelled event and cancels every confirmed and waitlisted registration,
     * each with its own event. Sign-ups being placed at this moment find the event closed, or are
     * placed and then cancelled by the {@link RegistrationReconciler}, as are any left here because
     * the lock could not be had.
     */
    int cancelAll(String eventId, String reason, String by) {
        ledger.close(eventId);
        Optional<String> lock = lockWaiting(eventId);
        if (lock.isEmpty()) {
            log.warn("Event {} is cancelled; its registrations are cancelled by the reconciler (lock busy)", eventId);
            return 0;
        }
        String owner = lock.get();
        int cancelled = 0;
        try {
            for (Registration active : registrations.findByEventEventIdAndStatusIn(eventId,
                    EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED))) {
                try {
                    cancelUnderLock(eventId, owner, active.id(), null, reason, by);
                    cancelled++;
                } catch (ProblemException notCancellable) {
                    // cancelled meanwhile by its person: nothing was changed for it
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    log.info("Cancelling the registrations of event {} stopped at {}; the reconciler continues",
                            eventId, active.id());
                    break;
                }
            }
        } finally {
            ledger.unlock(eventId, owner);
        }
        return cancelled;
    }

    /**
     * Moves waiting registrations to free seats, strictly in ticket order, while seats are free and
     * someone waits. Without the lock (someone else holds it) it leaves the work to the holder, which
     * looks again after it lets go; it also stops when the earliest waiting sign-up is still being
     * placed, whose request promotes once it has recorded its place.
     */
    int promoteWaiting(String eventId) {
        int promoted = 0;
        while (true) {
            Optional<SeatCounter> counter = ledger.find(eventId);
            if (counter.isEmpty() || !counter.get().promotable()) {
                return promoted;
            }
            String owner = UUID.randomUUID().toString();
            Optional<SeatCounter> locked = ledger.lock(eventId, owner, clock.instant());
            if (locked.isEmpty()) {
                return promoted;
            }
            Deferral deferral;
            try {
                finishStep(eventId, owner, locked.get());
                deferral = promoteUnderLock(eventId, owner);
            } finally {
                ledger.unlock(eventId, owner);
            }
            promoted += deferral.promoted();
            if (deferral.stuck() || deferral.stillPending(ledger.read(eventId))) {
                return promoted;
            }
            // look again: a seat freed or a place recorded while the lock was held found it taken
        }
    }

    /**
     * How promoting under the lock ended: after {@code promoted} promotions, nothing left to do, or
     * short of sign-ups still being placed ({@code waitingFor}), or on counts that do not add up.
     */
    private record Deferral(int promoted, Map<String, String> waitingFor, boolean stuck) {

        boolean stillPending(SeatCounter counter) {
            return !waitingFor.isEmpty() && waitingFor.entrySet().stream().allMatch(wanted ->
                    counter.pending().containsKey(wanted.getKey())
                            && counter.pending().get(wanted.getKey()).attempt().equals(wanted.getValue()));
        }
    }

    private Deferral promoteUnderLock(String eventId, String owner) {
        int promoted = 0;
        while (true) {
            SeatCounter counter = ledger.read(eventId);
            if (!counter.promotable() || counter.lock() == null || !owner.equals(counter.lock().owner())) {
                return new Deferral(promoted, Map.of(), false);
            }
            Optional<Registration> head = registrations.findFirstByEventEventIdAndStatusAndTicketLessThanEqualOrderByTicketAsc(
                    eventId, RegistrationStatus.WAITLISTED, counter.nextTicket());
            Map<String, String> earlier = counter.pending().entrySet().stream()
                    .filter(e -> e.getValue().place() == SeatLedger.Place.WAITLIST
                            && (head.isEmpty() || e.getValue().lowestTicket() <= head.get().ticket()))
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().attempt()));
            if (!earlier.isEmpty()) {
                return new Deferral(promoted, earlier, false);
            }
            if (head.isEmpty()) {
                log.error("The seat counter of event {} counts {} waiting, but no registration waits", eventId,
                        counter.waiting());
                return new Deferral(promoted, Map.of(), true);
            }
            Registration next = head.get();
            if (ledger.promote(eventId, owner, next.id(), next.ticket(), clock.instant())) {
                completePromotion(next.id(), next.ticket());
                ledger.stepDone(eventId, owner, clock.instant());
                promoted++;
            }
        }
    }

    private Registration cancelUnderLock(String eventId, String owner, String registrationId, Long expectedVersion,
                                         String reason, String by) {
        Registration registration = load(registrationId);
        if (expectedVersion != null) {
            new IfMatch(expectedVersion).check(registration.version());
        }
        Optional<SeatLedger.Place> held = registration.held();
        Instant now = clock.instant();
        registration.cancel(reason, by, now); // refuses what cannot be cancelled; nothing is stored yet
        if (!ledger.release(eventId, owner, registrationId, registration.ticket(), held.orElseThrow(), reason, by, now)) {
            throw ProblemException.conflict("The seats of this event changed hands while cancelling; try again.");
        }
        Registration saved = registrations.save(registration);
        ledger.stepDone(eventId, owner, now);
        return saved;
    }

    /** Finishes a promotion or release that a holder of the lock began and did not close. */
    void finishStep(String eventId, String owner, SeatCounter locked) {
        SeatCounter.Step step = locked.lock() == null ? null : locked.lock().step();
        if (step == null) {
            return;
        }
        switch (step.kind()) {
            case PROMOTE -> completePromotion(step.registrationId(), step.ticket());
            case RELEASE -> completeRelease(step);
        }
        ledger.stepDone(eventId, owner, clock.instant());
    }

    /** Records a promotion whose seat the ledger has given; repeated, it changes nothing. */
    private void completePromotion(String registrationId, long ticket) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Registration> found = registrations.findById(registrationId);
            if (found.isEmpty() || found.get().ticket() != ticket
                    || found.get().status() != RegistrationStatus.WAITLISTED) {
                found.filter(r -> r.ticket() != ticket || r.status() != RegistrationStatus.CONFIRMED)
                        .ifPresent(r -> log.error("Promotion of registration {} (ticket {}) found it {} with ticket {}",
                                registrationId, ticket, r.status(), r.ticket()));
                return;
            }
            Registration waiting = found.get();
            waiting.promote(clock.instant());
            try {
                registrations.save(waiting);
                return;
            } catch (OptimisticLockingFailureException savedMeanwhile) {
                // the relay or a repeat of this step wrote it: read it again
            }
        }
        throw new IllegalStateException("registration " + registrationId + " kept changing while it was promoted");
    }

    /** Records a cancellation whose seat or place the ledger has given up; repeated, it changes nothing. */
    private void completeRelease(SeatCounter.Step step) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Registration> found = registrations.findById(step.registrationId());
            if (found.isEmpty() || found.get().held().isEmpty() || found.get().ticket() != step.ticket()) {
                return;
            }
            Registration active = found.get();
            active.cancel(step.reason(), step.by(), clock.instant());
            try {
                registrations.save(active);
                return;
            } catch (OptimisticLockingFailureException savedMeanwhile) {
                // read it again
            }
        }
        throw new IllegalStateException("registration " + step.registrationId() + " kept changing while it was cancelled");
    }

    /** Takes over a sign-up whose request did not finish placing it, and places it. */
    void resume(Registration stuck) {
        stuck.takeOver();
        Registration mine;
        try {
            mine = registrations.save(stuck);
        } catch (OptimisticLockingFailureException finishedMeanwhile) {
            return;
        }
        SeatCounter.Pending old = ledger.read(mine.eventId()).pending().get(mine.id());
        if (old != null && !old.attempt().equals(mine.attempt())) {
            ledger.undo(mine.eventId(), mine.id(), old.attempt());
        }
        place(mine);
    }

    /**
     * Tidies journal entries older than {@code before}: an entry whose attempt its registration no
     * longer carries is reversed; one whose registration recorded its place is removed. An entry
     * of a registration still REQUESTED by that attempt is left to {@link #resume}.
     *
     * @return how many entries it changed
     */
    int tidy(SeatCounter counter, Instant before) {
        int changed = 0;
        for (Map.Entry<String, SeatCounter.Pending> entry : counter.pending().entrySet()) {
            SeatCounter.Pending pending = entry.getValue();
            if (!pending.at().isBefore(before)) {
                continue;
            }
            Optional<Registration> registration = registrations.findById(entry.getKey());
            if (registration.isEmpty() || !pending.attempt().equals(registration.get().attempt())) {
                changed += ledger.undo(counter.eventId(), entry.getKey(), pending.attempt()) ? 1 : 0;
            } else if (registration.get().status() != RegistrationStatus.REQUESTED) {
                changed += ledger.recorded(counter.eventId(), entry.getKey(), pending.attempt()).isPresent() ? 1 : 0;
            }
        }
        return changed;
    }

    /** Takes over a lock whose holder's lease ran out, finishes its step and lets it go. */
    boolean recoverLock(String eventId) {
        String owner = UUID.randomUUID().toString();
        Optional<SeatCounter> locked = ledger.lock(eventId, owner, clock.instant());
        if (locked.isEmpty()) {
            return false;
        }
        try {
            finishStep(eventId, owner, locked.get());
        } finally {
            ledger.unlock(eventId, owner);
        }
        return true;
    }

    private Optional<String> lockWaiting(String eventId) {
        Instant giveUp = clock.instant().plus(LOCK_WAIT);
        long pause = 1;
        while (true) {
            String owner = UUID.randomUUID().toString();
            Optional<SeatCounter> locked = ledger.lock(eventId, owner, clock.instant());
            if (locked.isPresent()) {
                finishStep(eventId, owner, locked.get());
                return Optional.of(owner);
            }
            if (clock.instant().isAfter(giveUp)) {
                return Optional.empty();
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            pause = Math.min(50, pause * 2);
        }
    }

    private Registration load(String registrationId) {
        return registrations.findById(registrationId)
                .orElseThrow(() -> ProblemException.notFound("Registration", registrationId));
    }

    private Registration current(Registration registration) {
        return registrations.findById(registration.id()).orElse(registration);
    }
}
