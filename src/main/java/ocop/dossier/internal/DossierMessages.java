package ocop.dossier.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.stereotype.Component;

/**
 * Adds the module's labels ({@code reference/dossier/messages.properties}: states, actions, kinds, cycle steps) to
 * the application's message source, so templates write {@code #{${status.labelKey()}}} as everywhere else.
 * Remove once the keys are merged into {@code messages/messages.properties}.
 */
@Component
class DossierMessages implements BeanPostProcessor {

    static final String BASENAME = "reference/dossier/messages";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if ("messageSource".equals(beanName) && bean instanceof AbstractResourceBasedMessageSource source
                && !source.getBasenameSet().contains(BASENAME)) {
            source.addBasenames(BASENAME);
        }
        return bean;
    }
}
