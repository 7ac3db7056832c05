package de.lotse.indicator;

import static de.lotse.indicator.IndicatorTestData.anIndicator;
import static de.lotse.indicator.IndicatorTestData.uniqueKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.territory.Territories;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.FlashMap;

/** The statistics import page {@code /statistik/import}: dry run, report, mapping, commit and template. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class StatisticsImportPageIntegrationTests {

    private static final String PAGE = "/statistik/import";
    private static final Period END_2024 = Period.parse("2024-12-31");

    private final MockMvc mvc;
    private final IndicatorCatalog catalog;
    private final IndicatorValues values;
    private final Territories territories;

    @Autowired
    StatisticsImportPageIntegrationTests(
            MockMvc mvc, IndicatorCatalog catalog, IndicatorValues values, Territories territories) {
        this.mvc = mvc;
        this.catalog = catalog;
        this.values = values;
        this.territories = territories;
    }

    @Test
    void sendsAnonymousVisitorsToTheLogin() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(PAGE + "/vorlage.csv"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void isForbiddenForViewers() throws Exception {
        mvc.perform(get(PAGE).with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(multipart(PAGE)
                        .file(file("x.csv", "territory;indicator;period;value\n"))
                        .with(user("viewer").roles("VIEWER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void showsTheUploadFormTheFormatsAndTheNavigationLinkToPlanners() throws Exception {
        mvc.perform(get(PAGE).with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Statistik-Import</h1>")))
                .andExpect(content().string(containsString("<label for=\"file\">Statistikdatei</label>")))
                .andExpect(content().string(containsString("Gültige Zeilen übernehmen")))
                .andExpect(content().string(containsString("href=\"/statistik/import/vorlage.csv\"")))
                .andExpect(content().string(containsString("<a href=\"/statistik/import\">Statistik-Import</a>")));
    }

    @Test
    void offersTheTemplateOfTheLongFormatWithItsHeaderOnly() throws Exception {
        mvc.perform(get(PAGE + "/vorlage.csv").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string("territory;indicator;period;value;status\r\n"));
    }

    @Test
    void dryRunRedirectsToTheReportInGermanAndTheCommitWritesTheValues() throws Exception {
        IndicatorKey key = anIndicatorInTheCatalogue();
        String csv = "territory;indicator;period;value\n03157;" + key + ";2024-12-31;137045\n03354;" + key
                + ";2024-12-31;46502\n";

        FlashMap flash = mvc.perform(multipart(PAGE)
                        .file(file("bevoelkerung.csv", csv))
                        .with(planner())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PAGE + "#report"))
                .andReturn()
                .getFlashMap();

        assertThat(flash.get("report")).isInstanceOf(StatisticsImportReport.class);
        assertThat(((StatisticsImportReport) flash.get("report")).created()).isEqualTo(2);
        assertThat(values.find(key, territories.find("03157").orElseThrow().id(), END_2024))
                .isEmpty();
        mvc.perform(get(PAGE).with(planner()).flashAttrs(flash))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ergebnis des Probelaufs")))
                .andExpect(content().string(containsString("Probelauf ohne Fehler")))
                .andExpect(content().string(containsString("Langformat (CSV)")))
                .andExpect(content().string(containsString("<dd id=\"mapping-source\">nicht nötig</dd>")))
                .andExpect(content().string(containsString("bevoelkerung.csv")))
                .andExpect(content().string(containsString("Import übernehmen")));

        FlashMap committed = mvc.perform(post(PAGE + "/uebernehmen")
                        .param("token", (String) flash.get("pendingToken"))
                        .with(planner())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap();

        assertThat(((StatisticsImportReport) committed.get("report")).committed())
                .isTrue();
        assertThat(values.find(key, territories.find("03157").orElseThrow().id(), END_2024))
                .hasValueSatisfying(v -> assertThat(v.value()).isEqualByComparingTo("137045"));
        mvc.perform(get(PAGE).with(planner()).flashAttrs(committed))
                .andExpect(content().string(containsString("Import übernommen")));
    }

    @Test
    void showsTheErrorsOfAFileWithTheirLineNumbers() throws Exception {
        IndicatorKey key = anIndicatorInTheCatalogue();
        String csv = "territory;indicator;period;value\n03157;" + key + ";2024-12-31;137045\n03999;" + key
                + ";2024-12-31;1\n03354;" + key + ";2024-13-45;2\n";

        FlashMap flash = mvc.perform(multipart(PAGE)
                        .file(file("fehler.csv", csv))
                        .with(planner())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap();

        assertThat(flash.get("pendingToken")).as("nothing to commit").isNull();
        mvc.perform(get(PAGE).with(planner()).flashAttrs(flash))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Die Datei enthält Fehler")))
                .andExpect(content().string(containsString("<table id=\"import-errors\">")))
                .andExpect(content().string(containsString("<td class=\"num\">3</td>")))
                .andExpect(content().string(containsString("<td class=\"num\">4</td>")))
                .andExpect(content().string(containsString("Der Gebietsschlüssel „03999“ ist in Lotse unbekannt.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Import übernehmen"))));
    }

    @Test
    void listsTheColumnsOfAFlatFileWithoutMappingWithOneSelectEach() throws Exception {
        IndicatorKey key = anIndicatorInTheCatalogue();
        byte[] flatFile = SharedData.resourceBytes(StatisticsImporterIntegrationTests.FLAT_FILE);

        FlashMap flash = mvc.perform(multipart(PAGE)
                        .file(new MockMultipartFile("file", "bevoelkerung_flat.csv", "text/csv", flatFile))
                        .with(planner())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap();

        StatisticsImportReport report = (StatisticsImportReport) flash.get("report");
        assertThat(report.mappingRequired()).isTrue();
        mvc.perform(get(PAGE).with(planner()).flashAttrs(flash))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Spalten zuordnen")))
                .andExpect(content().string(containsString("<table id=\"mapping-columns\">")))
                .andExpect(content().string(containsString("<label class=\"visually-hidden\" for=\"column-0\">")))
                .andExpect(content().string(containsString("<select id=\"column-0\" name=\"column-0\"")))
                .andExpect(content().string(containsString("<option value=\"\">nicht übernehmen</option>")))
                .andExpect(content().string(containsString("<option value=\"" + key + "\"")));

        int bevstd = -1;
        for (int i = 0; i < report.columns().size(); i++) {
            if (report.columns().get(i).codes().equals(java.util.List.of("GES=", "BEVSTD"))) {
                bevstd = i;
            }
        }
        assertThat(bevstd).as("the column of the population").isNotNegative();
        FlashMap nothingChosen = mvc.perform(post(PAGE + "/zuordnung")
                        .param("token", (String) flash.get("pendingToken"))
                        .with(planner())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap();
        mvc.perform(get(PAGE).with(planner()).flashAttrs(nothingChosen))
                .andExpect(content()
                        .string(containsString("Bitte ordnen Sie mindestens einer Spalte einen Indikator zu.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));

        FlashMap mapped = mvc.perform(post(PAGE + "/zuordnung")
                        .param("token", (String) flash.get("pendingToken"))
                        .param("column-" + bevstd, key.value())
                        .with(planner())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap();
        StatisticsImportReport dryRun = (StatisticsImportReport) mapped.get("report");
        assertThat(dryRun.mappingSource()).isEqualTo("REQUEST");
        assertThat(dryRun.created()).isPositive();
        mvc.perform(get(PAGE).with(planner()).flashAttrs(mapped))
                .andExpect(content().string(containsString("<dd id=\"mapping-source\">auf dieser Seite gewählt</dd>")))
                .andExpect(content().string(containsString("Import übernehmen")));
    }

    @Test
    void asksForAFileWhenNoneWasChosen() throws Exception {
        mvc.perform(multipart(PAGE).with(planner()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte wählen Sie eine Datei aus.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    private static RequestPostProcessor planner() {
        return user("planner-import-page").roles("PLANNER");
    }

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private IndicatorKey anIndicatorInTheCatalogue() {
        IndicatorKey key = uniqueKey("import-page");
        catalog.create(anIndicator(key).build());
        return key;
    }
}
