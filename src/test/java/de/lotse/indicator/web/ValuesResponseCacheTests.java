package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuesResponseCacheTests {

    private static final int MB = 1024 * 1024;

    private final ValuesResponseCache cache = new ValuesResponseCache(new ValuesResponseCache.Properties(4));

    @Test
    void answersOnlyUnderTheStampTheBodyWasMadeUnder() {
        ValuesResponseCache.Key key = key("a");
        cache.put(key, "1/r/7", new byte[] {1, 2, 3});
        assertThat(cache.get(key, "1/r/7")).containsExactly(1, 2, 3);
        assertThat(cache.get(key, "1/r/8")).as("values were written since").isNull();
        assertThat(cache.get(key, "1/r/7")).as("an outdated entry is dropped").isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void keepsAudiencesApart() {
        cache.put(new ValuesResponseCache.Key("i", "PERMITTED", "q"), "s", new byte[] {9});
        assertThat(cache.get(new ValuesResponseCache.Key("i", "PUBLIC", "q"), "s"))
                .isNull();
    }

    @Test
    void dropsTheLeastRecentlyUsedBodiesWhenFull() {
        cache.put(key("a"), "s", new byte[MB]);
        cache.put(key("b"), "s", new byte[MB]);
        cache.put(key("c"), "s", new byte[MB]);
        cache.get(key("a"), "s");
        cache.put(key("d"), "s", new byte[MB]);
        cache.put(key("e"), "s", new byte[MB]);
        assertThat(cache.size()).isLessThanOrEqualTo(4L * MB);
        assertThat(cache.get(key("b"), "s")).as("least recently used").isNull();
        assertThat(cache.get(key("a"), "s")).as("used recently").isNotNull();
        assertThat(cache.get(key("e"), "s")).isNotNull();
    }

    @Test
    void keepsNoBodyLargerThanAQuarterOfItsSize() {
        cache.put(key("big"), "s", new byte[MB + 1]);
        assertThat(cache.get(key("big"), "s")).isNull();
    }

    @Test
    void sizeZeroSwitchesItOff() {
        ValuesResponseCache off = new ValuesResponseCache(new ValuesResponseCache.Properties(0));
        off.put(key("a"), "s", new byte[] {1});
        assertThat(off.get(key("a"), "s")).isNull();
    }

    private static ValuesResponseCache.Key key(String query) {
        return new ValuesResponseCache.Key("i", "PUBLIC", query);
    }
}
