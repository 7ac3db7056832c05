package de.lotse.directory.coverage;

import de.lotse.territory.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The coverage of one county with counselling for one category and target group (each optional): one row per
 * municipality and a summary. Only published, active services count.
 *
 * @param county the county
 * @param category the chosen counselling category, {@code null} for all
 * @param audience the chosen target group, {@code null} for all
 * @param weekOf the Monday of the typical week the weekly hours are computed for
 * @param rows one row per current municipality of the county, by name
 * @param categories the categories occurring in the rows' {@code servicesByCategory}, for the municipality × category
 *     table
 */
record CoverageReport(
        Territory county,
        CoverageTerms.Term category,
        CoverageTerms.Term audience,
        LocalDate weekOf,
        List<Row> rows,
        List<CoverageTerms.Term> categories) {

    /** A place where the 2014 rule is met: a decentral facility with fixed (recurring) consultation hours. */
    record Facility(
            UUID serviceId,
            String serviceName,
            UUID locationId,
            String locationName,
            String facilityType,
            double weeklyHours,
            boolean exampleData) {}

    /** The nearest offer of the category to a municipality's centre (anywhere, also outside the county). */
    record Nearest(UUID serviceId, String serviceName, String locationName, double distanceKm) {}

    /**
     * One municipality.
     *
     * @param services distinct services with a place in the municipality
     * @param sites services at places in the municipality
     * @param weeklyHours consultation hours of a typical week at those places
     * @param decentralHours the part of them at schools, Kitas and family centres
     * @param ruleMet whether at least one decentral facility has fixed consultation hours (decision 2014/026)
     * @param ruleFacilities the facilities that meet the rule
     * @param basis the population the rate is related to
     * @param hoursPer1000 weekly hours per 1,000 inhabitants of the basis, {@code null} without a population
     * @param nearest the nearest offer from the municipality's centre, {@code null} if no centre or no located offer
     * @param servicesByCategory distinct services per category code
     */
    record Row(
            Territory municipality,
            int services,
            int sites,
            double weeklyHours,
            double decentralHours,
            boolean ruleMet,
            List<Facility> ruleFacilities,
            PopulationBasis.Basis basis,
            Double hoursPer1000,
            Nearest nearest,
            Map<String, Integer> servicesByCategory) {}

    public int municipalitiesMeetingRule() {
        return (int) rows.stream().filter(Row::ruleMet).count();
    }

    public List<Row> gaps() {
        return rows.stream().filter(r -> !r.ruleMet()).toList();
    }

    public int services() {
        return rows.stream().mapToInt(Row::services).sum();
    }

    public double weeklyHours() {
        return rows.stream().mapToDouble(Row::weeklyHours).sum();
    }

    public double decentralHours() {
        return rows.stream().mapToDouble(Row::decentralHours).sum();
    }
}
