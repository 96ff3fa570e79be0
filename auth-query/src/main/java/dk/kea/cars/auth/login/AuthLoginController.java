package dk.kea.cars.auth.login;

import dk.kea.cars.api.validation.Check;
import dk.kea.cars.api.validation.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication", description = "Login for employees and the keys that verify their tokens")
public class AuthLoginController {

    private final AuthLoginService logins;

    public AuthLoginController(AuthLoginService logins) {
        this.logins = logins;
    }

    @PostMapping(path = "/api/auth/login", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "login", summary = "Log in with email and password",
            description = "Answers a signed access token. Wrong email, wrong password and a deleted employee all "
                    + "answer the same 401.")
    @ApiResponse(responseCode = "200", description = "Logged in")
    @ApiResponse(responseCode = "401", description = "Email or password not correct", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Email or password missing, or an unknown field",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many failed logins",
            headers = @Header(name = "Retry-After", description = "Seconds to wait"), content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<AuthTokenResponse> login(@RequestBody AuthLoginRequest credentials,
                                                   HttpServletRequest request) {
        require("email", credentials.email(), "password", credentials.password());
        return noStore(logins.login(credentials.email(), credentials.password(), request.getRemoteAddr()));
    }

    @PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "token", summary = "Log in with an OAuth2 password form",
            description = "The same login as /api/auth/login, as the OAuth2 password grant form that Swagger UI's "
                    + "Authorize button sends.")
    @ApiResponse(responseCode = "200", description = "Logged in")
    @ApiResponse(responseCode = "401", description = "Email or password not correct", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "username or password missing", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many failed logins",
            headers = @Header(name = "Retry-After", description = "Seconds to wait"), content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
            schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<AuthTokenResponse> token(
            @Parameter(description = "The employee's email") @RequestParam(required = false) String username,
            @Parameter(description = "The employee's password") @RequestParam(required = false) String password,
            HttpServletRequest request) {
        require("username", username, "password", password);
        return noStore(logins.login(username, password, request.getRemoteAddr()));
    }

    private static void require(String emailField, String email, String passwordField, String password) {
        Check check = new Check();
        check.field(emailField, email, AuthLoginController::present);
        check.field(passwordField, password, AuthLoginController::present);
        check.done();
    }

    private static String present(String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("is required");
        }
        return value;
    }

    /** RFC 6749 §5.1: a response carrying a token must not be cached. */
    private static ResponseEntity<AuthTokenResponse> noStore(AuthTokenResponse body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(body);
    }
}
