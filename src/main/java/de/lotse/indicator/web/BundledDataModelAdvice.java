package de.lotse.indicator.web;

import de.lotse.indicator.BundledIndicatorData;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether the bundled indicator values are still being loaded (first start), so that indicator pages
 * can show the notice {@code ~{indicator/bundled-loading :: notice}} instead of suggesting that figures are missing.
 */
@ControllerAdvice
class BundledDataModelAdvice {

    private final BundledIndicatorData bundled;

    BundledDataModelAdvice(BundledIndicatorData bundled) {
        this.bundled = bundled;
    }

    @ModelAttribute("bundledIndicatorsLoading")
    boolean bundledIndicatorsLoading() {
        return bundled.loading();
    }
}
