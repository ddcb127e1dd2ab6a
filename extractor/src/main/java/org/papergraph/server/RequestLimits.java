package org.papergraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses methods outside the protocols with 405, and bounds what a request may carry: a body over {@link #MAX_BODY} bytes, or a query string over
 * {@link #MAX_QUERY_STRING} characters, is refused with 413 or 414 before anything reads it. (Jetty bounds
 * the headers.) Malformed parameters get 400. Thread-safe: stateless.
 */
final class RequestLimits implements Filter {
    static final long MAX_BODY = 1 << 20;
    /** The methods of the SPARQL protocol and the graph store; others (TRACE, WebDAV, made-up ones) get 405. */
    static final java.util.List<String> METHODS = java.util.List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");
    static final int MAX_QUERY_STRING = 64 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (!METHODS.contains(req.getMethod())) {
            resp.setHeader("Allow", String.join(", ", METHODS));
            RdfResponses.error(resp, 405, "method " + req.getMethod() + " is not allowed");
            return;
        }
        if (req.getContentLengthLong() > MAX_BODY) {
            RdfResponses.error(resp, 413, "request body over " + MAX_BODY + " bytes");
            return;
        }
        String q = req.getQueryString();
        if (q != null && q.length() > MAX_QUERY_STRING) {
            RdfResponses.error(resp, 414, "query string over " + MAX_QUERY_STRING + " characters; POST the query instead");
            return;
        }
        try {
            // Parse the parameters now (Jetty keeps them): malformed percent-encoding or form content is the
            // client's error, which Fuseki would otherwise report as a 500 when it reads them.
            req.getParameterMap();
        } catch (RuntimeException e) {
            RdfResponses.error(resp, 400, "malformed request parameters or form content");
            return;
        }
        chain.doFilter(request, response);
    }
}
