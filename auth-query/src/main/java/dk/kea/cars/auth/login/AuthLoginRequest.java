package dk.kea.cars.auth.login;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@link #toString()} leaves the password out so it cannot reach a log. */
@Schema(description = "An employee's credentials")
public record AuthLoginRequest(
        @Schema(description = "The employee's email", example = "admin@kea.dk") String email,
        @Schema(description = "The employee's password", format = "password") String password) {

    @Override
    public String toString() {
        return "AuthLoginRequest[email=" + email + "]";
    }
}
