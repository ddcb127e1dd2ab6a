package org.papergraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Makes Fuseki's admin endpoints ({@code /$/…}, which the query page reads: server info, the dataset list,
 * statistics) read-only: GET, HEAD and OPTIONS pass; everything that would change the server (adding or
 * deleting datasets, backups, compaction, sleeping tasks) is refused with 403, from any address. Without
 * this filter Fuseki's admin module is an open door. Thread-safe: stateless.
 */
final class AdminGuard implements Filter {
    static final String PATH = "/$/*";
    private static final Set<String> READ = Set.of("GET", "HEAD", "OPTIONS");
    /** Read-only endpoints that still do work or reveal files: backups and logs are not for anonymous users. */
    private static final Set<String> CLOSED = Set.of("/$/backup", "/$/backups", "/$/backups-list", "/$/compact", "/$/sleep",
            "/$/logs", "/$/reload", "/$/tasks");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean closed = CLOSED.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
        if (!READ.contains(req.getMethod()) || closed) {
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setStatus(403);
            resp.setContentType("text/plain;charset=utf-8");
            resp.getWriter().println("the admin endpoints of this server are read-only");
            return;
        }
        chain.doFilter(request, response);
    }
}
