package dk.kea.cars.platform.problem;

import dk.kea.cars.api.common.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problem details for failures no controller of ours is behind (an unmapped path, a method not allowed), typed in our
 * namespace. Scoped advices never see those, and Boot steps back from its own fallback once an advice of this type
 * exists. One per server, also where the four services share one (standalone); a service's own advice may extend it
 * to answer Spring's web errors of its controllers the same way.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class FallbackProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (body instanceof ProblemDetail problem && known != null) {
            problem.setType(Problems.typeOfReason(known.getReasonPhrase()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }
}
