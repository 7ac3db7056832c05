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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
    void offersTheTemplatesOfTheLongFormatWithAnExampleRowTheImporterSkips() throws Exception {
        byte[] csv = mvc.perform(get(PAGE + "/vorlage.csv").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("territory;indicator;period;value;status\r\n");
        assertThat(text.lines().skip(1)).allSatisfy(line -> assertThat(line).startsWith("#"));
        assertThat(text).contains("Beispielzeile").contains("#03157;bevoelkerung;2024-12-31;137045;");

        byte[] xlsx = mvc.perform(get(PAGE + "/vorlage.xlsx").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = workbook.getSheets().toList();
            assertThat(sheets)
                    .extracting(org.dhatim.fastexcel.reader.Sheet::getName)
                    .containsExactly("Daten", "Erläuterung");
            var rows = sheets.getFirst().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("territory");
            assertThat(rows.getFirst().getCellText(4)).isEqualTo("status");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("#03157");
            String help = sheets.get(1).read().stream()
                    .map(r -> r.getCellText(0) + " " + r.getCellText(1))
                    .reduce("", String::concat);
            assertThat(help)
                    .contains("2024/25")
                    .contains("2024-Q3")
                    .contains("...")
                    .contains("Tabellenfach gesperrt");
        }

        // both templates as they are downloaded are valid files without values
        for (var template : java.util.List.of(
                new MockMultipartFile("file", "vorlage.csv", "text/csv", csv),
                new MockMultipartFile("file", "vorlage.xlsx", "application/octet-stream", xlsx))) {
            StatisticsImportReport report = awaitReport(upload(template));
            assertThat(report.errors()).isEmpty();
            assertThat(report.rowsRead()).isZero();
        }
    }

    @Test
    void dryRunRunsInTheBackgroundShowsTheReportInGermanAndTheCommitWritesTheValues() throws Exception {
        IndicatorKey key = anIndicatorInTheCatalogue();
        String csv = "territory;indicator;period;value\n03157;" + key + ";2024-12-31;137045\n03354;" + key
                + ";2024-12-31;46502\n";

        String job = upload(file("bevoelkerung.csv", csv));
        assertThat(job).startsWith(PAGE + "/auftrag/");
        StatisticsImportReport report = awaitReport(job);

        assertThat(report.created()).isEqualTo(2);
        assertThat(values.find(key, territories.find("03157").orElseThrow().id(), END_2024))
                .isEmpty();
        var page = mvc.perform(get(job).with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ergebnis des Probelaufs")))
                .andExpect(content().string(containsString("Probelauf ohne Fehler")))
                .andExpect(content().string(containsString("Langformat (CSV)")))
                .andExpect(content().string(containsString("<dd id=\"mapping-source\">nicht nötig</dd>")))
                .andExpect(content().string(containsString("bevoelkerung.csv")))
                .andExpect(content().string(containsString("Import übernehmen")))
                .andReturn();
        String token = (String) page.getModelAndView().getModel().get("pendingToken");

        String commit = mvc.perform(post(PAGE + "/uebernehmen")
                        .param("token", token)
                        .with(planner())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(awaitReport(commit).committed()).isTrue();
        assertThat(values.find(key, territories.find("03157").orElseThrow().id(), END_2024))
                .hasValueSatisfying(v -> assertThat(v.value()).isEqualByComparingTo("137045"));
        mvc.perform(get(commit).with(planner())).andExpect(content().string(containsString("Import übernommen")));
        mvc.perform(post(PAGE + "/uebernehmen")
                        .param("token", token)
                        .with(planner())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PAGE));
    }

    @Test
    void showsTheErrorsOfAFileWithTheirLineNumbers() throws Exception {
        IndicatorKey key = anIndicatorInTheCatalogue();
        String csv = "territory;indicator;period;value\n03157;" + key + ";2024-12-31;137045\n03999;" + key
                + ";2024-12-31;1\n03354;" + key + ";2024-13-45;2\n";

        String job = upload(file("fehler.csv", csv));
        awaitReport(job);

        var page = mvc.perform(get(job).with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Die Datei enthält Fehler")))
                .andExpect(content().string(containsString("<table id=\"import-errors\">")))
                .andExpect(content().string(containsString("<td class=\"num\">3</td>")))
                .andExpect(content().string(containsString("<td class=\"num\">4</td>")))
                .andExpect(content().string(containsString("Der Gebietsschlüssel „03999“ ist in Lotse unbekannt.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Import übernehmen"))))
                .andReturn();
        assertThat(page.getModelAndView().getModel().get("pendingToken"))
                .as("nothing to commit")
                .isNull();
    }

    @Test
    void offersTheStatusOfAJobAsJsonOnlyToItsOwner() throws Exception {
        String job = upload(file("langsam.csv", "territory;indicator;period;value\n"));
        String id = job.substring(job.lastIndexOf('/') + 1).replace("#report", "");
        awaitReport(job);

        mvc.perform(get(PAGE + "/auftrag/" + id + "/status").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(content().string(containsString("\"state\":\"DONE\"")))
                .andExpect(content().string(containsString("\"percent\":100")));
        mvc.perform(get(PAGE + "/auftrag/" + id + "/status")
                        .with(user("someone-else").roles("PLANNER")))
                .andExpect(status().isNotFound());
        mvc.perform(get(PAGE + "/auftrag/" + id).with(user("someone-else").roles("PLANNER")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PAGE));
    }

    @Test
    void listsTheColumnsOfAFlatFileWithoutMappingWithOneSelectEach() throws Exception {
        IndicatorKey key = anIndicatorInTheCatalogue();
        byte[] flatFile = SharedData.resourceBytes(StatisticsImporterIntegrationTests.FLAT_FILE);

        String job = upload(new MockMultipartFile("file", "bevoelkerung_flat.csv", "text/csv", flatFile));
        StatisticsImportReport report = awaitReport(job);
        assertThat(report.mappingRequired()).isTrue();
        var page = mvc.perform(get(job).with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Spalten zuordnen")))
                .andExpect(content().string(containsString("<table id=\"mapping-columns\">")))
                .andExpect(content().string(containsString("<label class=\"visually-hidden\" for=\"column-0\">")))
                .andExpect(content().string(containsString("<select id=\"column-0\" name=\"column-0\"")))
                .andExpect(content().string(containsString("<option value=\"\">nicht übernehmen</option>")))
                .andExpect(content().string(containsString("<option value=\"" + key + "\"")))
                .andReturn();
        String token = (String) page.getModelAndView().getModel().get("pendingToken");
        String id = job.substring(job.lastIndexOf('/') + 1).replace("#report", "");

        int bevstd = -1;
        for (int i = 0; i < report.columns().size(); i++) {
            if (report.columns().get(i).codes().equals(java.util.List.of("GES=", "BEVSTD"))) {
                bevstd = i;
            }
        }
        assertThat(bevstd).as("the column of the population").isNotNegative();
        var nothingChosen = mvc.perform(post(PAGE + "/zuordnung")
                        .param("token", token)
                        .param("job", id)
                        .with(planner())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        mvc.perform(get(nothingChosen.getResponse().getRedirectedUrl())
                        .with(planner())
                        .flashAttrs(nothingChosen.getFlashMap()))
                .andExpect(content()
                        .string(containsString("Bitte ordnen Sie mindestens einer Spalte einen Indikator zu.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));

        String mapped = mvc.perform(post(PAGE + "/zuordnung")
                        .param("token", token)
                        .param("job", id)
                        .param("column-" + bevstd, key.value())
                        .with(planner())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        StatisticsImportReport dryRun = awaitReport(mapped);
        assertThat(dryRun.mappingSource()).isEqualTo("REQUEST");
        assertThat(dryRun.created()).isPositive();
        mvc.perform(get(mapped).with(planner()))
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

    /** Uploads the file for a dry run; returns the page of the job. */
    private String upload(MockMultipartFile file) throws Exception {
        return mvc.perform(multipart(PAGE).file(file).with(planner()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    /** Waits (polling the job's status, at most two minutes) until the job is done; returns its report. */
    private StatisticsImportReport awaitReport(String jobPage) throws Exception {
        String path = jobPage.replace("#report", "");
        for (int i = 0; i < 2400; i++) {
            String status = mvc.perform(get(path + "/status").with(planner()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (status.contains("\"finished\":true")) {
                assertThat(status).contains("\"state\":\"DONE\"");
                return (StatisticsImportReport) mvc.perform(get(path).with(planner()))
                        .andReturn()
                        .getModelAndView()
                        .getModel()
                        .get("report");
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The import job " + path + " did not finish");
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
