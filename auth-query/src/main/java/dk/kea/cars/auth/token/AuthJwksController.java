package dk.kea.cars.auth.token;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication", description = "Login for employees and the keys that verify their tokens")
public class AuthJwksController {

    private final AuthSigningKey key;

    public AuthJwksController(AuthSigningKey key) {
        this.key = key;
    }

    @GetMapping(path = "/api/auth/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getAuthJwks", summary = "Token verification keys",
            description = "The public RSA keys as a JSON Web Key Set (RFC 7517): the current signing key and, during "
                    + "a key rotation, the previous one; match a token's kid header.")
    @ApiResponse(responseCode = "200", description = "The key set; public parts only")
    public ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                // like every /api/auth response: verifiers keep their own copy, and a rotation shows at once
                .cacheControl(CacheControl.noStore())
                .body(key.publicKeys().toJSONObject(true));
    }
}
