package de.lotse.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.indicator.ConfidentialityRule;
import de.lotse.indicator.Formula;
import de.lotse.indicator.Indicator;
import de.lotse.indicator.IndicatorCatalog;
import de.lotse.indicator.IndicatorDefinition;
import de.lotse.indicator.IndicatorKey;
import de.lotse.indicator.IndicatorKind;
import de.lotse.indicator.IndicatorSource;
import de.lotse.indicator.LifeStage;
import de.lotse.indicator.LocalizedText;
import de.lotse.indicator.Polarity;
import de.lotse.indicator.ReferenceDateSemantics;
import de.lotse.indicator.Topic;
import de.lotse.territory.TerritoryLevel;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The catalogue pages: list with filters, create and edit forms with validation and conflicts, version history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class IndicatorCataloguePageIntegrationTests {

    private final MockMvc mvc;
    private final IndicatorCatalog catalog;

    @Autowired
    IndicatorCataloguePageIntegrationTests(MockMvc mvc, IndicatorCatalog catalog) {
        this.mvc = mvc;
        this.catalog = catalog;
    }

    @Test
    void listsAndFiltersTheCatalogueForEveryone() throws Exception {
        String marker =
                "katalogseite" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 20);
        Indicator krippe =
                catalog.create(definition(uniqueKey("krippe"), marker + " Krippe", Topic.CHILDREN_YOUTH_FAMILY));
        Indicator wohnen = catalog.create(definition(uniqueKey("wohnen"), marker + " Wohngeld", Topic.HOUSING));

        mvc.perform(get("/indikatoren").param("q", marker))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Indikatorenkatalog</h1>")))
                .andExpect(content().string(containsString("2 Indikatoren")))
                .andExpect(content().string(containsString("href=\"/indikatoren/" + krippe.key() + "\"")))
                .andExpect(content().string(containsString("href=\"/indikatoren/" + wohnen.key() + "\"")))
                .andExpect(content().string(containsString("22811-02-02-4")))
                .andExpect(content().string(containsString("Leistungskennzahl eines Angebots")))
                .andExpect(content().string(containsString("aria-current=\"page\">Katalog</a>")))
                .andExpect(content().string(containsString("href=\"/vergleich/aehnliche-kreise\"")))
                .andExpect(content().string(not(containsString("Neuer Indikator"))))
                .andExpect(content().string(not(containsString("href=\"/statistik/import\""))));

        mvc.perform(get("/indikatoren")
                        .param("q", marker)
                        .param("topic", "HOUSING")
                        .param("level", "MUNICIPALITY")
                        .param("lifeStage", "CRECHE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 Indikator<")))
                .andExpect(content().string(containsString(wohnen.key().value())))
                .andExpect(content().string(not(containsString(krippe.key().value()))))
                .andExpect(content()
                        .string(containsString("<option value=\"HOUSING\" selected=\"selected\">Wohnen</option>")));

        mvc.perform(get("/indikatoren").param("q", marker + "-nichts").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No indicators")))
                .andExpect(content().string(containsString("No indicator matches these filters.")));

        mvc.perform(get("/indikatoren").with(planner()))
                .andExpect(content().string(containsString("href=\"/indikatoren/neu\"")))
                .andExpect(content().string(containsString("Neuer Indikator")))
                .andExpect(content().string(containsString("href=\"/statistik/import\"")));
    }

    @Test
    void theFormsAreForPlannersAndNeedTheCsrfToken() throws Exception {
        mvc.perform(get("/indikatoren/neu")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/indikatoren/neu").with(user("leser").roles("VIEWER"))).andExpect(status().isForbidden());
        String key = uniqueKey("csrf");
        mvc.perform(valid(post("/indikatoren/neu"), key).with(planner())).andExpect(status().isForbidden());
        assertThat(catalog.find(IndicatorKey.of(key))).isEmpty();
        Indicator existing = catalog.create(definition(uniqueKey("csrf"), "CSRF-Test", Topic.HOUSING));
        mvc.perform(get("/indikatoren/" + existing.key() + "/bearbeiten")
                        .with(user("leser").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(valid(
                                post("/indikatoren/" + existing.key() + "/bearbeiten"),
                                existing.key().value(),
                                "revision",
                                "1",
                                "definition",
                                "Ohne Token")
                        .with(planner()))
                .andExpect(status().isForbidden());
        assertThat(catalog.get(existing.key()).revision()).isEqualTo(1);
    }

    @Test
    void showsTheEmptyFormWithLabelsAndHints() throws Exception {
        mvc.perform(get("/indikatoren/neu").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Neuer Indikator</h1>")))
                .andExpect(content().string(containsString("novalidate")))
                .andExpect(content().string(containsString("<label for=\"key\">")))
                .andExpect(content().string(containsString("aria-describedby=\"key-hint\"")))
                .andExpect(content().string(containsString("id=\"formulaType-RATIO\"")))
                .andExpect(content().string(containsString("id=\"levels-MUNICIPALITY\"")))
                .andExpect(content().string(containsString("id=\"lifeStages-KITA\"")))
                .andExpect(content().string(containsString("id=\"minimumDenominator\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void createsAnIndicatorAndRedirectsToItsPageWithANotice() throws Exception {
        String key = uniqueKey("neu-seite");
        mvc.perform(valid(post("/indikatoren/neu"), key).with(planner()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/indikatoren/" + key))
                .andExpect(flash().attributeExists(IndicatorCataloguePageController.SAVED));
        Indicator created = catalog.get(IndicatorKey.of(key));
        assertThat(created.definition().levels())
                .containsExactlyInAnyOrder(TerritoryLevel.COUNTY, TerritoryLevel.MUNICIPALITY);
        assertThat(created.definition().lifeStages()).containsExactly(LifeStage.CRECHE, LifeStage.KITA);
        assertThat(created.definition().confidentiality()).isEqualTo(new ConfidentialityRule(3, 50));
        assertThat(created.definition().formula()).isInstanceOf(Formula.Raw.class);
        assertThat(created.updatedBy()).isEqualTo("planerin");
    }

    @Test
    void createsARatioWithAFactorInGermanNotation() throws Exception {
        Indicator numerator = catalog.create(definition(uniqueKey("zaehler"), "Zähler", Topic.HOUSING));
        Indicator denominator = catalog.create(definition(uniqueKey("nenner"), "Nenner", Topic.HOUSING));
        String key = uniqueKey("quote");
        mvc.perform(valid(
                                post("/indikatoren/neu"),
                                key,
                                "formulaType",
                                "RATIO",
                                "numerator",
                                numerator.key().value(),
                                "denominator",
                                denominator.key().value(),
                                "factor",
                                "1.000",
                                "unit",
                                "je 1.000")
                        .with(planner())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Formula formula = catalog.get(IndicatorKey.of(key)).definition().formula();
        assertThat(formula)
                .isEqualTo(new Formula.Ratio(numerator.key(), denominator.key(), java.math.BigDecimal.valueOf(1000)));
    }

    @Test
    void showsFieldErrorsWithASummaryAndKeepsTheInput() throws Exception {
        String key = "Kein Schlüssel";
        String page = mvc.perform(valid(
                                post("/indikatoren/neu"),
                                key,
                                "nameDe",
                                "",
                                "decimals",
                                "sieben",
                                "formulaType",
                                "RATIO",
                                "numerator",
                                "gibt-es-nicht-hier",
                                "referenceDateRule",
                                "OTHER",
                                "definition",
                                "Meine eingegebene Definition")
                        .with(planner())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"error-summary\"", "role=\"alert\"")
                .contains("Bitte korrigieren Sie 7 Angaben")
                .contains("href=\"#key\"", "href=\"#nameDe\"", "href=\"#decimals\"", "href=\"#numerator\"")
                .contains("href=\"#denominator\"", "href=\"#factor\"", "href=\"#referenceDateNote\"")
                .contains("Schlüssel: Nur Kleinbuchstaben")
                .contains("Im Katalog gibt es keinen Indikator mit dem Schlüssel gibt-es-nicht-hier.")
                .contains("id=\"decimals-error\"")
                .contains("Meine eingegebene Definition")
                .contains("value=\"Kein Schlüssel\"")
                .contains("value=\"gibt-es-nicht-hier\"");
        assertThat(AccountStyle.control(page, "decimals"))
                .contains("aria-invalid=\"true\"")
                .contains("aria-describedby=\"decimals-hint decimals-error\"")
                .contains("value=\"sieben\"");
        assertThat(AccountStyle.control(page, "formulaType-RATIO")).contains("checked");
        assertThat(AccountStyle.control(page, "lifeStages-KITA")).contains("checked");
        assertThat(AccountStyle.control(page, "lifeStages-OLDER_PEOPLE")).doesNotContain("checked");

        mvc.perform(valid(post("/indikatoren/neu"), "neu").with(planner()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("als Schlüssel nicht möglich")));
    }

    @Test
    void aStaleSaveShowsTheConflictKeepsTheInputAndShowsTheCurrentValues() throws Exception {
        Indicator original = catalog.create(definition(uniqueKey("konflikt"), "Konfliktindikator", Topic.HOUSING));
        IndicatorDefinition d = original.definition();
        // somebody else changes the definition in the meantime
        catalog.update(original.key(), 1, copyWithDefinition(d, "Die Definition der Kollegin"));

        String page = mvc.perform(valid(
                                post("/indikatoren/" + original.key() + "/bearbeiten"),
                                original.key().value(),
                                "revision",
                                "1",
                                "definition",
                                "Meine Definition",
                                "nameDe",
                                "Mein neuer Name")
                        .with(planner())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"conflict\"")
                .containsPattern(
                        "Jemand anderes \\(system\\) hat diesen Indikator am \\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d Uhr geändert \\(Felder: Definition\\)")
                .contains("Meine Definition", "value=\"Mein neuer Name\"")
                .contains("id=\"definition-current\"", "Die Definition der Kollegin")
                .contains("name=\"revision\" value=\"2\"")
                .doesNotContain("id=\"nameDe-current\"");
        assertThat(catalog.get(original.key()).definition().definition()).isEqualTo("Die Definition der Kollegin");
        assertThat(catalog.get(original.key()).revision()).isEqualTo(2);

        // saving again after seeing the current values applies the planner's input
        mvc.perform(valid(
                                post("/indikatoren/" + original.key() + "/bearbeiten"),
                                original.key().value(),
                                "revision",
                                "2",
                                "definition",
                                "Meine Definition")
                        .with(planner())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/indikatoren/" + original.key()));
        assertThat(catalog.get(original.key()).definition().definition()).isEqualTo("Meine Definition");
    }

    @Test
    void aChangeOfMeaningCreatesAVersionShownInTheHistory() throws Exception {
        String key = uniqueKey("version");
        mvc.perform(valid(post("/indikatoren/neu"), key).with(planner()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/indikatoren/" + key + "/bearbeiten").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"revision\" value=\"1\"")))
                .andExpect(content().string(containsString("value=\"Betreute Kinder\"")));

        var result = mvc.perform(valid(post("/indikatoren/" + key + "/bearbeiten"), key, "revision", "1", "unit", "%")
                        .with(planner())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var notice = (IndicatorCataloguePageController.SavedNotice)
                result.getFlashMap().get(IndicatorCataloguePageController.SAVED);
        assertThat(notice.newVersion()).isTrue();
        assertThat(notice.version()).isEqualTo(2);

        mvc.perform(get("/indikatoren/" + key + "/versionen").flashAttr(IndicatorCataloguePageController.SAVED, notice))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Es wurde die neue Version 2 angelegt")))
                .andExpect(content().string(containsString("2 Versionen, die neueste zuerst")))
                .andExpect(content().string(containsString("<li>Einheit</li>")))
                .andExpect(content().string(containsString("gilt aktuell")))
                .andExpect(content().string(not(containsString("planerin"))));
        mvc.perform(get("/indikatoren/" + key + "/versionen").with(planner()))
                .andExpect(content().string(containsString("planerin")));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static RequestPostProcessor planner() {
        return user("planerin").roles("PLANNER");
    }

    private static String uniqueKey(String prefix) {
        return prefix + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    }

    /**
     * A complete, valid form submission (synthetic test input); {@code overrides} are name/value pairs that replace
     * single fields.
     */
    private static MockHttpServletRequestBuilder valid(
            MockHttpServletRequestBuilder request, String key, String... overrides) {
        java.util.Map<String, String[]> params = new java.util.LinkedHashMap<>();
        params.put("key", new String[] {key});
        params.put("nameDe", new String[] {"Betreute Kinder unter 3 Jahren"});
        params.put("nameEn", new String[] {"Children under 3 in day care"});
        params.put("shortNameDe", new String[] {"Betreute Kinder"});
        params.put("shortNameEn", new String[] {"Children in care"});
        params.put("definition", new String[] {"Kinder in Tageseinrichtungen am Stichtag"});
        params.put("interpretation", new String[] {""});
        params.put("formulaType", new String[] {"RAW"});
        params.put("numerator", new String[] {""});
        params.put("denominator", new String[] {""});
        params.put("factor", new String[] {""});
        params.put("expression", new String[] {""});
        params.put("unit", new String[] {"Anzahl"});
        params.put("decimals", new String[] {"0"});
        params.put("publisher", new String[] {"Landkreis Peine, Jugendamt"});
        params.put("statistic", new String[] {""});
        params.put("tableCode", new String[] {"22541-01-01-4"});
        params.put("licence", new String[] {""});
        params.put("attribution", new String[] {""});
        params.put("referenceDateRule", new String[] {"MARCH_1"});
        params.put("referenceDateNote", new String[] {""});
        params.put("levels", new String[] {"COUNTY", "MUNICIPALITY"});
        params.put("polarity", new String[] {"HIGHER_IS_BETTER"});
        params.put("topic", new String[] {"CHILDREN_YOUTH_FAMILY"});
        params.put("lifeStages", new String[] {"CRECHE", "KITA"});
        params.put("kind", new String[] {"POPULATION_INDICATOR"});
        params.put("minimumCount", new String[] {"3"});
        params.put("minimumDenominator", new String[] {"50"});
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], new String[] {overrides[i + 1]});
        }
        params.forEach(request::param);
        return request;
    }

    static IndicatorDefinition definition(String key, String name, Topic topic) {
        return new IndicatorDefinition(
                IndicatorKey.of(key),
                new LocalizedText(name, null),
                new LocalizedText(name, null),
                "Synthetische Testeingabe",
                null,
                new Formula.Raw(),
                "Anzahl",
                0,
                new IndicatorSource("Landkreis Peine", null, "22811-02-02-4"),
                null,
                null,
                ReferenceDateSemantics.of(ReferenceDateSemantics.Rule.DECEMBER_31),
                EnumSet.of(TerritoryLevel.COUNTY, TerritoryLevel.MUNICIPALITY),
                Polarity.NEUTRAL,
                topic,
                EnumSet.of(LifeStage.CRECHE),
                IndicatorKind.PERFORMANCE_MEASURE,
                ConfidentialityRule.NONE);
    }

    private static IndicatorDefinition copyWithDefinition(IndicatorDefinition d, String text) {
        return new IndicatorDefinition(
                d.key(),
                d.name(),
                d.shortName(),
                text,
                d.interpretation(),
                d.formula(),
                d.unit(),
                d.decimals(),
                d.source(),
                d.licence(),
                d.attribution(),
                d.referenceDate(),
                d.levels(),
                d.polarity(),
                d.topic(),
                d.lifeStages(),
                d.kind(),
                d.confidentiality());
    }

    /** Finds form controls in HTML, like the account tests do. */
    static final class AccountStyle {
        private AccountStyle() {}

        static String control(String html, String id) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "<(input|select|textarea)\\b[^>]*\\bid=\"" + java.util.regex.Pattern.quote(id) + "\"[^>]*>")
                    .matcher(html);
            if (!m.find()) {
                throw new AssertionError("No form control with id " + id);
            }
            return m.group();
        }
    }
}
