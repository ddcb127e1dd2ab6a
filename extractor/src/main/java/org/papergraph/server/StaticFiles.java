package org.papergraph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Map;

/**
 * Serves the pages of papergraph from the classpath: {@code papergraph/www/…} at {@code /www/…} and the
 * WebJars' files ({@code META-INF/resources/webjars/…}, e.g. ECharts) at {@code /webjars/…}, so that the
 * pages need nothing from the network. A servlet filter on {@code /*}: requests under the two prefixes are
 * answered here (GET and HEAD; a missing file is 404), every other request goes on to Fuseki. Only plain
 * file names are looked up, so a path cannot climb out of the two folders. Thread-safe: stateless.
 */
public final class StaticFiles implements Filter {
    /** A URL prefix and the classpath folder it is served from. */
    record Mount(String prefix, String folder, String cacheControl) {
    }

    private static final List<Mount> MOUNTS = List.of(
            // Pages change with the build: revalidate. WebJar paths carry their version: cache for good.
            new Mount("/www/", "papergraph/www/", "no-cache"),
            new Mount("/webjars/", "META-INF/resources/webjars/", "public, max-age=31536000, immutable"));

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private final ClassLoader loader = StaticFiles.class.getClassLoader();

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Mount mount = MOUNTS.stream().filter(m -> path.startsWith(m.prefix())).findFirst().orElse(null);
        if (mount == null) {
            chain.doFilter(req, res);
            return;
        }
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        String name = path.substring(mount.prefix().length());
        URL url = isPlainPath(name) ? loader.getResource(mount.folder() + name) : null;
        if (url == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no file " + path);
            return;
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setHeader("Cache-Control", mount.cacheControl());
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            response.setContentLength(bytes.length);
            if (method.equals("GET")) response.getOutputStream().write(bytes);
        }
    }

    /** Segments of letters, digits and {@code -._~@+}, none of them {@code .} or {@code ..}, ending in a file name with an extension. */
    static boolean isPlainPath(String name) {
        if (name.isEmpty() || name.endsWith("/")) return false;
        String[] segments = name.split("/", -1);
        for (String s : segments) {
            if (s.isEmpty() || s.equals(".") || s.equals("..") || !s.matches("[A-Za-z0-9._~@+-]+")) return false;
        }
        return segments[segments.length - 1].lastIndexOf('.') > 0;
    }
}
