package jp.kizuna.registry.district;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jp.kizuna.platform.security.CityStaffOnly;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The districts the registry knows; organizations and reports may name only these. */
@Service
public class DistrictDirectory {

    private final DistrictRepository districts;

    DistrictDirectory(DistrictRepository districts) {
        this.districts = districts;
    }

    public List<District> all() {
        return districts.findAll(Sort.by("nameKana"));
    }

    public District get(String name) {
        return districts.findById(name).orElseThrow(() -> ProblemException.notFound("District", name));
    }

    /** Fails with 422 naming the first district the registry does not know. */
    public void requireKnown(List<String> names) {
        for (String name : names) {
            if (!districts.existsById(name)) {
                throw ProblemException.ruleViolated("District '" + name + "' is not in the register; use one of "
                        + all().stream().map(District::name).toList() + ".");
            }
        }
    }

    /** The district and the districts it comprises (永和 → 永和, 町北, 高野), for filtering. */
    public Set<String> withParts(String name) {
        Set<String> names = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(List.of(name));
        while (!pending.isEmpty()) {
            String next = pending.removeFirst();
            if (names.add(next)) {
                districts.findById(next).ifPresent(d -> pending.addAll(d.comprises()));
            }
        }
        return names;
    }

    @CityStaffOnly
    public District add(@Valid DistrictRequest request) {
        requireKnown(request.comprises() == null ? List.of() : request.comprises());
        try {
            return districts.insert(request.toDistrict());
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("District '" + request.name() + "' is already in the register.");
        }
    }

    /** Adds a district unless one of that name exists; for the seed dataset. */
    public boolean addIfAbsent(District district) {
        try {
            districts.insert(district);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
