package dk.kea.cars.platform.security;

import dk.kea.cars.api.common.Problems;
import dk.kea.cars.platform.problem.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A request Spring Security's firewall refuses (encoded dots, slashes or percents, {@code ;}, {@code //}) is a 400
 * problem without an instance: the refused path is the caller's own text and is never echoed. The firewall stands in
 * front of every chain of the context, so one handler serves them all.
 */
final class FirewallRefusal implements RequestRejectedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        ProblemResponses.write(response, HttpStatus.BAD_REQUEST, Problems.REQUEST_REJECTED_DETAIL, null);
    }
}
