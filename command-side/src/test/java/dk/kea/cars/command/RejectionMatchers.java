package dk.kea.cars.command;

import dk.kea.cars.api.common.Rejection;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Hamcrest matchers on the {@link Rejection} a {@code CommandExecutionException} carries as details. */
public final class RejectionMatchers {

    private RejectionMatchers() {
    }

    public static Matcher<Object> rejection(Rejection.Kind kind) {
        return rejection(kind, null);
    }

    /** A rejection of {@code kind} whose detail contains {@code detailPart} (when not null). */
    public static Matcher<Object> rejection(Rejection.Kind kind, String detailPart) {
        return new TypeSafeMatcher<>(Object.class) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Rejection rejection && rejection.kind() == kind
                        && (detailPart == null || rejection.detail().contains(detailPart));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " rejection");
                if (detailPart != null) {
                    description.appendText(" mentioning ").appendValue(detailPart);
                }
            }
        };
    }
}
