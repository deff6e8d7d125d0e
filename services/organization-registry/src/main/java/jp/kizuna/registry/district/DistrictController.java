package jp.kizuna.registry.district;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

@RestController
@RequestMapping("/api/registry/districts")
class DistrictController {

    private final DistrictDirectory directory;

    DistrictController(DistrictDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<District> list() {
        return directory.all();
    }

    @GetMapping("/{name}")
    District get(@PathVariable String name) {
        return directory.get(name);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<District> add(@Valid @RequestBody DistrictRequest request) {
        District district = directory.add(request);
        return ResponseEntity.created(URI.create("/api/registry/districts/"
                + UriUtils.encodePathSegment(district.name(), StandardCharsets.UTF_8))).body(district);
    }
}
