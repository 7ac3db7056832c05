package de.lotse.territory;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class TerritoryPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void startPageShowsTheHomeCountyWithItsMunicipalities() throws Exception {
        String html = mvc.perform(get("/").header("Accept-Language", "de-DE"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>Landkreis Peine</h1>"),
                                containsString("id=\"municipality-map\""),
                                containsString("137.045"),
                                containsString("Wendeburg"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertRows(html, 7);
    }

    @Test
    void sortsTheTableOnTheServer() throws Exception {
        String html = mvc.perform(get("/").param("sort", "population").param("dir", "desc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-sort=\"descending\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(html.indexOf("Peine, Stadt"))
                .isLessThan(html.indexOf("Hohenhameln"));
    }

    @Test
    void profilePageShowsFactsPopulationHistoryAndChildren() throws Exception {
        mvc.perform(get("/gebiete/03354"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Lüchow-Dannenberg"),
                                containsString("46.502"),
                                containsString("id=\"population-table\""),
                                containsString("Samtgemeinde"),
                                containsString("Göhrde"))));
    }

    @Test
    void profilePageOfAKreisfreieStadtAsGemeindeShowsTheCityBoundary() throws Exception {
        mvc.perform(get("/gebiete/05111000"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Düsseldorf"),
                                containsString("data-highlight=\"05111\""),
                                containsString("children.geojson?level=COUNTY"))));
    }

    @Test
    void profilePageOfAnAreaOutsideAnyKreisWorks() throws Exception {
        mvc.perform(get("/gebiete/130009999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mecklenburg-Vorpommern")));
    }

    @Test
    void unknownTerritoryGives404PageAndMalformedKey400() throws Exception {
        mvc.perform(get("/gebiete/03157999")).andExpect(status().isNotFound());
        mvc.perform(get("/gebiete/peine")).andExpect(status().isBadRequest());
    }

    @Test
    void searchFindsMunicipalitiesByName() throws Exception {
        mvc.perform(get("/gebiete").param("q", "Vechelde"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/gebiete/031570007007")));
    }

    @Test
    void pagesAreInEnglishOnRequest() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("lang=\"en\""),
                                containsString("Municipalities at a glance"),
                                not(containsString("Gemeinden im Überblick")))));
    }

    @Test
    void sourcesPageNamesPublisherLicenceAndAttribution() throws Exception {
        mvc.perform(get("/quellen"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("© GeoBasis-DE / BKG 2023 (Daten verändert)"),
                                containsString("dl-de/by-2-0"),
                                containsString("Statistisches Bundesamt (Destatis)"))));
    }

    @Test
    void importPageNeedsAnAdministrator() throws Exception {
        mvc.perform(get("/admin/imports/territories")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/imports/territories").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void importPageShowsTheDryRunReportInGerman() throws Exception {
        var posted = mvc.perform(multipart("/admin/imports/territories")
                        .file(new MockMultipartFile(
                                "file",
                                "auszug.txt",
                                "text/plain",
                                SharedData.resource("GV100AD_30112025_03157_03354.txt")))
                        .header("Accept-Language", "de")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        mvc.perform(get("/admin/imports/territories")
                        .header("Accept-Language", "de")
                        .with(user("admin").roles("ADMIN"))
                        .flashAttrs(posted.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Ergebnis des Probelaufs"),
                                containsString("Auszug mit den Kreisen 03157, 03354"),
                                containsString("name=\"token\""))));
    }

    @Test
    void importPageListsErrorsWithLineAndField() throws Exception {
        byte[] cut = java.util.Arrays.copyOf(SharedData.resource("GV100AD_30112025_03157_03354.txt"), 5000);
        var posted = mvc.perform(multipart("/admin/imports/territories")
                        .file(new MockMultipartFile("file", "kaputt.txt", "text/plain", cut))
                        .header("Accept-Language", "de")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        mvc.perform(get("/admin/imports/territories")
                        .header("Accept-Language", "de")
                        .with(user("admin").roles("ADMIN"))
                        .flashAttrs(posted.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Die Datei enthält Fehler"),
                                containsString("kaputt.txt"),
                                containsString("abgeschnitten"),
                                not(containsString("name=\"token\"")))));
    }

    private static void assertRows(String html, int expected) {
        int tbody = html.indexOf("<tbody>", html.indexOf("id=\"municipality-table\""));
        String body = html.substring(tbody, html.indexOf("</tbody>", tbody));
        Matcher rows = Pattern.compile("<tr ").matcher(body);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        org.assertj.core.api.Assertions.assertThat(count).isEqualTo(expected);
    }
}
