package jp.kizuna.subsidy.screening;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.kizuna.subsidy.application.SubsidyApplication;
import jp.kizuna.subsidy.programme.SubsidyProgramme;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Where screening rounds are kept, and the rule that convenes one. */
@Component
public class ScreeningRounds {

    private final MongoTemplate mongo;

    ScreeningRounds(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Convenes the programme's committee (once) when its undecided applications exceed its cap, or
     * ask for more than remains of its envelope.
     */
    public void conveneIfCompeting(SubsidyProgramme programme, List<SubsidyApplication> undecided, Instant now) {
        long requested = undecided.stream().mapToLong(SubsidyApplication::requestedAmount).sum();
        String because = null;
        if (programme.applicationCap() != null && undecided.size() > programme.applicationCap()) {
            because = undecided.size() + " applications for " + programme.applicationCap() + " place(s)";
        } else if (requested > programme.remaining()) {
            because = requested + " yen requested, " + programme.remaining() + " yen remaining";
        }
        if (because != null && find(programme.id()).isEmpty()) {
            try {
                mongo.insert(new ScreeningRound(programme.id(), because, now));
            } catch (DuplicateKeyException convenedMeanwhile) {
                // another submission convened it at the same moment
            }
        }
    }

    public Optional<ScreeningRound> find(String programmeId) {
        return Optional.ofNullable(mongo.findById(programmeId, ScreeningRound.class));
    }

    ScreeningRound save(ScreeningRound round) {
        return mongo.save(round);
    }
}
