package org.iidrules.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executable model that kie-maven-plugin generates at build time: one {@link Model} class per DRL
 * package, listed in {@code META-INF/kie/org.iidrules/index-rules/drools-model}. A year's rule base is built
 * from the models of exactly the packages its manifest's files declare, without a KieContainer: the
 * manifest stays the one place that says which files a year uses.
 */
final class PrecompiledModels {

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledModels.class);
    /** Where kie-maven-plugin lists the generated models: META-INF/kie/{groupId}/{artifactId}/drools-model. */
    private static final String INDEX = "META-INF/kie/org.iidrules/index-rules/drools-model";

    private PrecompiledModels() {
    }

    static KieBase kieBase(ClassLoader loader, Set<String> packages) {
        Map<String, String> modelClassByPackage = index(loader);
        List<Model> models = new ArrayList<>();
        Set<String> missing = new TreeSet<>();
        for (String pkg : packages) {
            String className = modelClassByPackage.get(pkg);
            if (className == null) {
                missing.add(pkg);
                continue;
            }
            try {
                models.add((Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                LOG.warn("cannot load the precompiled rules of package {} ({}): compiling them now", pkg, e.toString());
                return null;
            }
        }
        if (!missing.isEmpty()) {
            LOG.debug("no precompiled rules for {}: compiling at run time", missing);
            return null;
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** DRL package -> generated model class, from the index kie-maven-plugin writes into index-rules. */
    private static Map<String, String> index(ClassLoader loader) {
        Map<String, String> byPackage = new HashMap<>();
        try {
            Enumeration<URL> indexes = loader.getResources(INDEX);
            while (indexes.hasMoreElements()) {
                try (InputStream in = indexes.nextElement().openStream();
                     BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    // The first line is "Drools-Model-Version:..."; the others are class names.
                    reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.contains(":")).forEach(line -> {
                        int dot = line.lastIndexOf('.');
                        if (dot > 0) {
                            byPackage.putIfAbsent(line.substring(0, dot), line);
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byPackage;
    }
}
