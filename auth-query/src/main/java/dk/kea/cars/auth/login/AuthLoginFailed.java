package dk.kea.cars.auth.login;

/** Wrong email, wrong password or a deleted employee: deliberately one case, so a caller cannot tell which. */
public class AuthLoginFailed extends RuntimeException {

    public static final String DETAIL = "The email or password is not correct.";

    public AuthLoginFailed() {
        super(DETAIL, null, false, false);
    }
}
