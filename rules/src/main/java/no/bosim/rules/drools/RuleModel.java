package no.bosim.rules.drools;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/**
 * A knowledge base made straight from the classes of Drools' executable model (the {@code Rules*}
 * classes drools-model-codegen generates, one per rule file), without the kjar around them. Going
 * through a kjar costs a cold run most of a second that decides nothing: parsing and validating
 * its kmodule.xml with XStream and an XML schema, and defining hundreds of classes from bytes that
 * class-data sharing cannot keep. The shipped rules' model is compiled when bosim is built and
 * loaded from the jar like any class (PrebuiltModel); a user's rule folder's model is kept on disk
 * (RuleCache) and its classes defined from the kept bytes.
 */
final class RuleModel {

    /** The kjar entry, under META-INF/kie/{release}/, that lists the model's classes. */
    static final String MODEL_LIST = "drools-model";

    private RuleModel() {
    }

    /** The knowledge base of the named model classes, loaded by {@code loader}. */
    static KieBase build(ClassLoader loader, List<String> modelClasses) {
        List<Model> models = new ArrayList<>();
        for (String name : modelClasses) {
            try {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("rule model class " + name + " does not load: " + e, e);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("the rule model names no classes");
        }
        // The defaults are what a kjar's kmodule.xml says for the default knowledge base (identity, cloud).
        return KieBaseBuilder.createKieBaseFromModel(models, KieServices.get().newKieBaseConfiguration());
    }

    /** The model class names in the text of a {@value #MODEL_LIST} entry (its first line is the model's version). */
    static List<String> modelClasses(String listing) {
        List<String> out = new ArrayList<>();
        for (String line : listing.split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.contains(":")) {
                out.add(name);
            }
        }
        return out;
    }

    /** The knowledge base of a kjar's executable model, its classes defined from the kjar's bytes. */
    static KieBase fromKjar(byte[] kjar, ClassLoader parent) throws IOException {
        Map<String, byte[]> classes = new HashMap<>();
        String listing = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'), zip.readAllBytes());
                } else if (name.startsWith("META-INF/kie/") && name.endsWith("/" + MODEL_LIST)) {
                    listing = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        if (listing == null) {
            throw new IOException("not an executable-model kjar: no " + MODEL_LIST + " entry");
        }
        return build(new KjarClassLoader(classes, parent), modelClasses(listing));
    }

    /**
     * Defines a kjar's classes from their bytes, before asking its parent: a user's rules whose
     * generated class names match the shipped model's (the same file in the same package) must
     * still run their own classes.
     */
    private static final class KjarClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        KjarClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    byte[] bytes = classes.get(name);
                    c = bytes != null ? defineClass(name, bytes, 0, bytes.length) : super.loadClass(name, false);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
