package de.lotse.indicator.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * The serialised JSON of recent value responses (cross-sections and time series), so that a repeated request is
 * answered without reading, deciding suppression and writing 2 MB of JSON again. An entry is only used while the
 * {@link de.lotse.indicator.IndicatorReadModel#readStamp read stamp} it was made under is still current, so any write
 * of values, any change of the indicator and any change of the territories makes it unusable at once; nothing is
 * served that the uncached path would not answer now. Least recently used entries leave first when the entries
 * together exceed the configured size.
 */
@Component
class ValuesResponseCache {

    /** One request, as given: parameters are not normalised, so only identical requests share an entry. */
    record Key(String indicator, String audience, String query) {}

    private record Entry(String stamp, byte[] body) {}

    private final long maxBytes;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    ValuesResponseCache(Properties properties) {
        this.maxBytes = properties.maxMegabytes() * 1024L * 1024L;
    }

    /** The body stored for the request under this stamp, or {@code null}. */
    synchronized byte[] get(Key key, String stamp) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (!entry.stamp().equals(stamp)) {
            remove(key);
            return null;
        }
        return entry.body();
    }

    /** Remembers a body made under the stamp read before it was made; too large bodies are not kept. */
    synchronized void put(Key key, String stamp, byte[] body) {
        if (body.length > maxBytes / 4) {
            return;
        }
        remove(key);
        entries.put(key, new Entry(stamp, body));
        bytes += body.length;
        Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    synchronized long size() {
        return bytes;
    }

    private void remove(Key key) {
        Entry old = entries.remove(key);
        if (old != null) {
            bytes -= old.body().length;
        }
    }

    /**
     * Settings of the value response cache.
     *
     * @param maxMegabytes the most memory the cached bodies may take together (0 switches the cache off)
     */
    @ConfigurationProperties("lotse.indicator.response-cache")
    record Properties(@DefaultValue("64") int maxMegabytes) {}
}
