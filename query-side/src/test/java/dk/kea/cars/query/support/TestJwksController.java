package dk.kea.cars.query.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stands in for auth-query's JWKS endpoint, on the path {@code kea.security.jwks-uri} names in the test profile. */
@TestComponent
@RestController
public class TestJwksController {

    @GetMapping(path = "/test/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    String jwks() {
        return TestTokens.jwks();
    }
}
