package de.lotse.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Rewrites the links of pages to static resources through the resource chain (a version-less WebJar path such as
 * {@code /webjars/leaflet/dist/leaflet.js} becomes {@code /webjars/leaflet/1.9.4/dist/leaflet.js}, so that a new
 * version is a new URL), like Spring's {@link ResourceUrlEncodingFilter} which it replaces (Spring Boot registers
 * Spring's only when there is no filter of this type).
 *
 * <p>Why not Spring's: it sends every link of a page through the resource resolvers, and a link that is not a resource
 * ({@code /beratung/angebote/…}) is looked up on the class path anew each time, because only found resources are
 * cached — a quarter of the time of rendering the Wegweiser's result page. This filter resolves only links under the
 * static prefixes and remembers each answer.
 */
public class StaticResourceUrlFilter extends ResourceUrlEncodingFilter {

    /** The paths the resource handlers serve (WebJars and {@code src/main/resources/static/}). */
    static final List<String> PREFIXES = List.of("/webjars/", "/css/", "/js/", "/img/");

    private static final int MAX_REMEMBERED = 2_000;

    private final ObjectProvider<ResourceUrlProvider> provider;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    public StaticResourceUrlFilter(ObjectProvider<ResourceUrlProvider> provider) {
        this.provider = provider;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            chain.doFilter(request, new HttpServletResponseWrapper(http) {
                @Override
                public String encodeURL(String url) {
                    return super.encodeURL(resolve(url));
                }
            });
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The URL with its path resolved by the resource chain when it is a static resource, else unchanged. */
    String resolve(String url) {
        if (url == null || PREFIXES.stream().noneMatch(url::startsWith)) {
            return url;
        }
        int end = indexOfQueryOrFragment(url);
        String path = url.substring(0, end);
        String known = resolved.get(path);
        if (known == null) {
            ResourceUrlProvider urls = provider.getIfAvailable();
            String found = urls == null ? null : urls.getForLookupPath(path);
            known = found != null ? found : path;
            if (resolved.size() < MAX_REMEMBERED) {
                resolved.put(path, known);
            }
        }
        return known + url.substring(end);
    }

    private static int indexOfQueryOrFragment(String url) {
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        if (query < 0) {
            return fragment < 0 ? url.length() : fragment;
        }
        return fragment < 0 ? query : Math.min(query, fragment);
    }
}
