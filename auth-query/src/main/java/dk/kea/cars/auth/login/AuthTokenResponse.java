package dk.kea.cars.auth.login;

import dk.kea.cars.api.employee.EmployeeView;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A signed access token and the employee it was issued to")
public record AuthTokenResponse(
        @Schema(description = "RS256-signed JWT; send as 'Authorization: Bearer <token>'") String accessToken,
        @Schema(description = "Always 'bearer'", example = "bearer") String tokenType,
        @Schema(description = "Seconds until the token expires", example = "1800") long expiresIn,
        @Schema(description = "The employee who logged in") EmployeeView employee) {

    static final String BEARER = "bearer";
}
