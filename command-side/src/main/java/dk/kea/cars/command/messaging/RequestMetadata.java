package dk.kea.cars.command.messaging;

import dk.kea.cars.api.common.MetadataKeys;
import dk.kea.cars.platform.problem.ProblemErrorReportValve;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is acting and on whose request, read from the current HTTP request and security context. Work the system
 * does by itself (seeding) is attributed to {@link MetadataKeys#SYSTEM}.
 */
final class RequestMetadata {

    private RequestMetadata() {
    }

    static Map<String, Object> current() {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(MetadataKeys.EMPLOYEE_ID, actingEmployee());
        Optional<HttpServletRequest> request = currentRequest();
        String correlationId = request.map(ProblemErrorReportValve::correlationId)
                .orElseGet(() -> UUID.randomUUID().toString());
        metadata.put(MetadataKeys.CORRELATION_ID, correlationId);
        metadata.put(MetadataKeys.CAUSATION_ID, correlationId);
        metadata.put(MetadataKeys.CLIENT_ADDRESS, request.map(HttpServletRequest::getRemoteAddr).orElse("local"));
        return metadata;
    }

    private static String actingEmployee() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? MetadataKeys.SYSTEM
                : authentication.getName();
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
