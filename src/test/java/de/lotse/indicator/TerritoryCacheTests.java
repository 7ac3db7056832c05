package de.lotse.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryCacheTests {

    private final Territories territories = mock(Territories.class);
    private final Territory land = mock(Territory.class);
    private final TerritoryCache cache = new TerritoryCache(territories);

    @Test
    void answersFromMemoryUntilTheTerritoriesChange() {
        when(land.id()).thenReturn(3L);
        when(territories.children(land, TerritoryLevel.COUNTY)).thenReturn(List.of());
        when(territories.revision()).thenReturn("r1", "r1", "r2");

        cache.snapshot().children(land, TerritoryLevel.COUNTY);
        cache.snapshot().children(land, TerritoryLevel.COUNTY);
        verify(territories, times(1)).children(land, TerritoryLevel.COUNTY);

        TerritoryCache.Snapshot changed = cache.snapshot();
        assertThat(changed.revision()).isEqualTo("r2");
        changed.children(land, TerritoryLevel.COUNTY);
        verify(territories, times(2)).children(land, TerritoryLevel.COUNTY);
    }
}
