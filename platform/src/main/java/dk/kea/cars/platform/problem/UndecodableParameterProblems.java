package dk.kea.cars.platform.problem;

import dk.kea.cars.api.common.Problems;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A query string or form that is not percent-encoded UTF-8 ({@code %ED%A0%BD}) is the client's fault, a 400 problem
 * in every service; Tomcat only reports it when a controller first reads a parameter. Ahead of every service's own
 * advice, whose catch-all would otherwise take it for a fault.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UndecodableParameterProblems {

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodable(InvalidParameterException undecodable) {
        return ProblemDetails.of(HttpStatus.BAD_REQUEST, Problems.UNDECODABLE_PARAMETER_DETAIL);
    }
}
