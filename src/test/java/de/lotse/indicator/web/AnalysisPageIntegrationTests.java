package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorValues;
import de.lotse.indicator.NewValue;
import de.lotse.indicator.Period;
import de.lotse.indicator.Polarity;
import de.lotse.territory.Territories;
import de.lotse.territory.Territory;
import de.lotse.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The analysis pages as HTML: results, suppression, errors. All figures are synthetic test input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AnalysisPageIntegrationTests {

    private static final Period Y2013 = Period.year(2013);
    private static final Period Y2015 = Period.year(2015);
    private static final long[] SMALL = {2, 10, 25, 40, 55, 70, 90};

    private final MockMvc mvc;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;

    @Autowired
    AnalysisPageIntegrationTests(
            MockMvc mvc, IndicatorCatalog catalog, IndicatorValues values, Territories territories) {
        this.mvc = mvc;
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
    }

    @Test
    void comparisonPageShowsSeriesAndCrossSectionWithoutSuppressedValues() throws Exception {
        IndicatorKey key = create("seite", Polarity.HIGHER_IS_WORSE, new ConfidentialityRule(3, null));
        List<Territory> gemeinden = gemeinden();
        long total = 0;
        for (int i = 0; i < gemeinden.size(); i++) {
            write(key, gemeinden.get(i), Y2015, SMALL[i]);
            write(key, gemeinden.get(i), Y2013, SMALL[i] + 1);
            total += SMALL[i];
        }
        write(key, peine(), Y2015, total);
        write(key, peine(), Y2013, total + 7);
        String html = page(
                "/vergleich?indicator=" + key.value() + "&territory=03157&territory="
                        + gemeinden.get(0).key() + "&parent=03157&level=MUNICIPALITY&period=2015&base=2013",
                null);
        assertThat(html).contains("id=\"series-table\"").contains("id=\"cross-table\"");
        assertThat(html).contains("Zeitreihen: Analyse-Seitenindikator");
        String small = rowOf(html, gemeinden.get(0).key());
        assertThat(small).contains("gesperrt").doesNotContain(">2<").doesNotContain("−8");
        String secondary = rowOf(html, gemeinden.get(1).key());
        assertThat(secondary).contains("gesperrt").doesNotContain("10");
        assertThat(html).contains("aus 5 veröffentlichten Werten");
        String sorted = page(
                "/vergleich?indicator=" + key.value()
                        + "&parent=03157&level=MUNICIPALITY&period=2015&sort=zScore&dir=desc",
                null);
        assertThat(sorted).contains("aria-sort=\"descending\"");
        assertThat(sorted.indexOf("data-key=\"" + gemeinden.get(6).key() + "\""))
                .as("highest z-score first")
                .isLessThan(sorted.indexOf("data-key=\"" + gemeinden.get(2).key() + "\""));

        String planner =
                page("/vergleich?indicator=" + key.value() + "&parent=03157&level=MUNICIPALITY&period=2015", "PLANNER");
        assertThat(rowOf(planner, gemeinden.get(0).key())).contains(">2<").contains("<abbr");

        String english = page("/vergleich?lang=en&indicator=" + key.value(), null);
        assertThat(english).contains("Time series: Analysis page indicator");
    }

    @Test
    void comparisonPageSaysWhenThereAreNoValues() throws Exception {
        IndicatorKey key = create("leer", Polarity.NEUTRAL, ConfidentialityRule.NONE);
        String html = page("/vergleich?indicator=" + key.value(), null);
        assertThat(html).contains("id=\"series-empty\"").doesNotContain("id=\"cross-table\"");
        assertThat(page("/vergleich?indicator=" + key.value() + "&from=20x5", null))
                .contains("Ein Jahr hat vier Ziffern");
    }

    @Test
    void socialIndexPageShowsIndexContributionsAndMissingInputs() throws Exception {
        IndicatorKey secret = create("index-geheim", Polarity.HIGHER_IS_WORSE, new ConfidentialityRule(3, null));
        IndicatorKey open = create("index-offen", Polarity.HIGHER_IS_BETTER, ConfidentialityRule.NONE);
        List<Territory> gemeinden = gemeinden();
        long total = 0;
        for (int i = 0; i < gemeinden.size(); i++) {
            write(secret, gemeinden.get(i), Y2015, SMALL[i]);
            write(open, gemeinden.get(i), Y2013, 100 + i * 7L);
            total += SMALL[i];
        }
        write(secret, peine(), Y2015, total);
        String url = "/sozialindex?indicator=" + secret.value() + "&indicator=" + open.value() + "&weight-"
                + secret.value() + "=2&weight-" + open.value() + "=1&parent=03157&level=MUNICIPALITY&period=2015";
        String html = page(url, null);
        assertThat(html).contains("id=\"index-table\"").contains("5 von 7 Gebieten");
        assertThat(html).contains("(2013,").as("the newest period of the second indicator up to 2015");
        assertThat(html).contains("data-analysis-stacked=\"index-table\"");
        String small = rowOf(html, "data-label=\"" + gemeinden.get(0).name() + "\"", true);
        assertThat(small).contains("gesperrt").contains("Test index-geheim");
        assertThat(html).contains("So wird der Index berechnet");
        assertThat(page(url.replace("=2&", "=zwei&"), null)).contains("ist keine Zahl zwischen 0 und 1000");
        assertThat(page("/sozialindex?period=2015", null)).contains("mindestens einen Indikator");
        assertThat(page("/sozialindex?lang=en", null)).contains("How the index is computed");
    }

    @Test
    void peersPageListsTheNearestKreise() throws Exception {
        IndicatorKey a = create("nachbar-a", Polarity.NEUTRAL, ConfidentialityRule.NONE);
        IndicatorKey b = create("nachbar-b", Polarity.NEUTRAL, ConfidentialityRule.NONE);
        String[] keys = {"03157", "03101", "03102", "03103"};
        long[][] xs = {{1, 10}, {2, 10}, {3, 20}, {4, 40}};
        for (int i = 0; i < keys.length; i++) {
            Territory kreis = territories.find(keys[i]).orElseThrow();
            write(a, kreis, Y2015, xs[i][0]);
            write(b, kreis, Y2015, xs[i][1]);
        }
        String html = page(
                "/vergleich/aehnliche-kreise?territory=03157&indicator=" + a.value() + "&indicator=" + b.value()
                        + "&n=2",
                null);
        assertThat(html).contains("id=\"peers-table\"").contains("4 Kreise haben vollständige Daten");
        assertThat(html.indexOf("data-key=\"03101\"")).isGreaterThan(html.indexOf("data-key=\"03157\""));
        assertThat(html.indexOf("data-key=\"03102\"")).isGreaterThan(html.indexOf("data-key=\"03101\""));
        assertThat(html).doesNotContain("data-key=\"03103\"").contains("0,894");
        assertThat(page("/vergleich/aehnliche-kreise?territory=03157&n=0", null))
                .contains("mindestens einen Indikator")
                .contains("ganze Zahl von 1 bis 50");
    }

    private String page(String url, String role) throws Exception {
        var request = get(url);
        if (role != null) {
            request = request.with(user(role.toLowerCase()).roles(role));
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String rowOf(String html, String key) {
        return rowOf(html, "data-key=\"" + key + "\"", true);
    }

    private static String rowOf(String html, String marker, boolean last) {
        int at = last ? html.lastIndexOf(marker) : html.indexOf(marker);
        assertThat(at).as(marker).isNotNegative();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    private Territory peine() {
        return territories.find("03157").orElseThrow();
    }

    private List<Territory> gemeinden() {
        return territories.children(peine(), TerritoryLevel.MUNICIPALITY).stream()
                .filter(Territory::isCurrent)
                .toList();
    }

    private void write(IndicatorKey key, Territory territory, Period period, long count) {
        values.write(List.of(NewValue.of(key, territory.id(), period, BigDecimal.valueOf(count))));
    }

    private IndicatorKey create(String prefix, Polarity polarity, ConfidentialityRule rule) {
        return catalog.create(AnalysisFixtures.count(
                        "analysis-page-" + prefix,
                        "Analyse-Seitenindikator " + prefix,
                        "Analysis page indicator " + prefix,
                        prefix,
                        polarity,
                        rule))
                .key();
    }
}
