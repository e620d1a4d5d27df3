package no.bosim.rules.drools;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;

/**
 * The shipped rules' executable model, compiled when bosim is built (Maven's process-classes
 * phase runs {@link #main}) and packed into the rules jar as ordinary classes, so the first run on
 * a fresh machine does not compile rules, and the launcher's class archive can keep the model's
 * classes like the rest of bosim. Beside the classes, {@value #INDEX} records the key the model was
 * built under (RuleCache's: the rule files' texts, the classes they import, Drools' version) and
 * its model classes; a run uses the model only when that key is the key of the rules it was asked
 * for, so a model out of step with its rules is never used.
 */
final class PrebuiltModel {

    static final String INDEX = "no/bosim/rules/model/shipped.properties";

    private PrebuiltModel() {
    }

    /** The prebuilt knowledge base for these rule files, when the jar holds one built from exactly them. */
    static Optional<KieBase> load(Map<String, String> sources) {
        if (!RuleCache.enabled()) {
            return Optional.empty();
        }
        Properties index = new Properties();
        try (InputStream in = PrebuiltModel.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                return Optional.empty();
            }
            index.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!RuleCache.key(sources).equals(index.getProperty("key"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(RuleModel.build(PrebuiltModel.class.getClassLoader(),
                    List.of(index.getProperty("models", "").split(","))));
        } catch (RuntimeException | LinkageError e) {
            // A jar whose model does not load (a broken build) still runs: its rules are compiled instead.
            return Optional.empty();
        }
    }

    /**
     * Compiles the shipped rule files (on the class path, in the classes folder {@code args[0]}) to the
     * executable model and writes its classes and {@value #INDEX} there. Does nothing when the
     * index already holds the current key; fails the build when the rules do not compile.
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        // The classes folder is on this program's class path: the shipped files are read as a run reads them.
        Map<String, String> sources = RuleBook.shippedSources();
        String key = RuleCache.key(sources);
        Path index = classes.resolve(INDEX);
        if (Files.isRegularFile(index)) {
            Properties old = new Properties();
            try (InputStream in = Files.newInputStream(index)) {
                old.load(in);
            }
            if (key.equals(old.getProperty("key"))) {
                System.out.println("bosim: the shipped rules' executable model is up to date");
                return;
            }
        }
        KieServices ks = KieServices.get();
        List<String> errors = new ArrayList<>();
        Optional<byte[]> kjar = RuleCache.compile(ks, RuleBook.fileSystem(ks, sources), errors::add);
        if (kjar.isEmpty()) {
            // The classic compiler (bosim rules check) may accept what the executable model refuses: say why here.
            System.err.println("bosim: the shipped rules do not compile to Drools' executable model:");
            errors.forEach(e -> System.err.println("  " + e));
            System.exit(1);
        }
        List<String> models = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar.get()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.endsWith(".class")) {
                    Path out = classes.resolve(name);
                    Files.createDirectories(out.getParent());
                    Files.write(out, zip.readAllBytes());
                } else if (name.startsWith("META-INF/kie/") && name.endsWith("/" + RuleModel.MODEL_LIST)) {
                    models.addAll(RuleModel.modelClasses(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        Files.createDirectories(index.getParent());
        // Written by hand, not Properties.store: no date, so the same rules give the same jar entry.
        Files.writeString(index, "# The shipped rules' executable model (PrebuiltModel), written by the build\n"
                + "key=" + key + "\nmodels=" + String.join(",", models) + "\n", StandardCharsets.UTF_8);
        System.out.println("bosim: compiled the shipped rules' executable model (" + models.size() + " rule files)");
    }
}
