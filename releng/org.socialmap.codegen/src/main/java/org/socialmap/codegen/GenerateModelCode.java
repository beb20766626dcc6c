package org.socialmap.codegen;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF code of Socialmap's metamodels from their genmodels, outside Eclipse: the
 * model and edit code of socialmap.genmodel, and the model code of notation.genmodel (the diagram
 * layouts, which need no edit code).
 *
 * <p>Usage: {@code GenerateModelCode <repository root>}. Each genmodel is first reloaded from its ecore
 * (as Eclipse's "Reload" does) and saved if that changed it, so it always lists every class and feature.
 * EMF then writes into a temporary workspace; from there only the bundles' {@code src-gen/}, and the
 * edit bundle's {@code icons/} and {@code plugin.properties}, replace what the bundles hold. Nothing is
 * merged, so a run depends only on the genmodels and the ecores. Any problem ends in an exception.
 */
public final class GenerateModelCode {

  /** One genmodel: the bundle of its model code, and of its edit code when it has one. */
  private record Metamodel(String genmodel, String modelBundle, String editBundle) {

    Path genmodelFile(Path bundles) {
      return bundles.resolve(modelBundle).resolve("model").resolve(genmodel);
    }
  }

  private static final List<Metamodel> METAMODELS = List.of(
      new Metamodel("socialmap.genmodel", "org.socialmap.model", "org.socialmap.model.edit"),
      new Metamodel("notation.genmodel", "org.socialmap.notation", null));

  private GenerateModelCode() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: GenerateModelCode <repository root>");
    }
    Path bundles = Path.of(args[0]).toAbsolutePath().normalize().resolve("bundles");
    registerEmf();
    for (Metamodel metamodel : METAMODELS) {
      regenerate(metamodel, bundles);
    }
  }

  private static void regenerate(Metamodel metamodel, Path bundles) throws IOException {
    Path genmodelFile = metamodel.genmodelFile(bundles);
    if (!Files.isRegularFile(genmodelFile)) {
      throw new IllegalArgumentException("no genmodel at " + genmodelFile);
    }
    GenModel genModel = reloadGenModel(genmodelFile);
    String modelBundle = metamodel.modelBundle();
    String editBundle = metamodel.editBundle();

    Path workspace = Files.createTempDirectory("socialmap-codegen");
    try {
      // The genmodel names its output platform:/resource/<bundle>/...; outside Eclipse, EMF resolves
      // such URIs through this map, and fails on any bundle not in it.
      for (String bundle : editBundle == null ? List.of(modelBundle) : List.of(modelBundle, editBundle)) {
        EcorePlugin.getPlatformResourceMap()
            .put(bundle, URI.createFileURI(workspace.resolve(bundle).toString()).appendSegment(""));
      }
      if (editBundle != null) {
        // EMF takes the edit bundle's name and vendor from the model bundle's manifest, as in Eclipse;
        // without these two files the edit plugin.properties would say "www.example.org".
        for (String file : List.of("META-INF/MANIFEST.MF", "plugin.properties")) {
          Path copy = workspace.resolve(modelBundle).resolve(file);
          Files.createDirectories(copy.getParent());
          Files.copy(bundles.resolve(modelBundle).resolve(file), copy);
        }
      }
      generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, "model");
      replace(workspace.resolve(modelBundle + "/src-gen"), bundles.resolve(modelBundle + "/src-gen"));
      if (editBundle != null) {
        generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, "edit");
        replace(workspace.resolve(editBundle + "/src-gen"), bundles.resolve(editBundle + "/src-gen"));
        replace(workspace.resolve(editBundle + "/icons"), bundles.resolve(editBundle + "/icons"));
        Path properties = bundles.resolve(editBundle + "/plugin.properties");
        Files.copy(workspace.resolve(editBundle + "/plugin.properties"), properties, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("wrote " + properties);
      }
    } finally {
      delete(workspace);
    }
  }

  /** Registers by hand what the Eclipse extension registry would declare inside Eclipse. */
  private static void registerEmf() {
    EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());
    GeneratorAdapterFactory.Descriptor.Registry.INSTANCE
        .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
  }

  /**
   * Builds the genmodel afresh from the ecore and copies the stored genmodel's settings onto it, as
   * Eclipse's "Reload" does: without this a class added to the ecore would silently get no code.
   */
  private static GenModel reloadGenModel(Path genmodelFile) throws IOException {
    ResourceSet resourceSet = new ResourceSetImpl();
    Resource resource = resourceSet.getResource(URI.createFileURI(genmodelFile.toString()), true);
    GenModel stored = (GenModel) resource.getContents().get(0);
    List<EPackage> ePackages = stored.getGenPackages().stream().map(GenPackage::getEcorePackage).toList();
    for (EPackage ePackage : ePackages) {
      if (ePackage == null || ePackage.eIsProxy()) {
        throw new IllegalStateException("the genmodel names an ecore package that cannot be loaded: " + ePackage);
      }
      // EMF generates from a broken ecore (say, a type that does not resolve) and fails deep inside a
      // template; Ecore's own validation says what is wrong.
      failOnError(Diagnostician.INSTANCE.validate(ePackage), "the ecore is invalid");
    }

    GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
    genModel.initialize(ePackages);
    if (!genModel.reconcile(stored)) {
      throw new IllegalStateException("the genmodel's settings could not be matched to the ecore");
    }
    // reconcile(GenModel) leaves these two to the importer.
    genModel.setImporterID(stored.getImporterID());
    genModel.getForeignModel().addAll(stored.getForeignModel());
    resource.getContents().set(0, genModel);

    Diagnostic diagnostic = genModel.diagnose();
    failOnError(diagnostic, "the genmodel is invalid");
    resource.save(Map.of(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER));
    return genModel;
  }

  private static void generate(GenModel genModel, Object projectType, String name) {
    genModel.setCanGenerate(true);
    Generator generator = new Generator();
    generator.setInput(genModel);
    // A file that EMF fails to write is not in the Diagnostic: outside Eclipse EMF only prints the
    // exception to System.err. So anything printed there while generating counts as a failure.
    PrintStream stderr = System.err;
    AtomicBoolean printed = new AtomicBoolean();
    System.setErr(new PrintStream(new FilterOutputStream(stderr) {
      @Override
      public void write(int b) throws IOException {
        printed.set(true);
        super.write(b);
      }
    }, true));
    Diagnostic diagnostic;
    try {
      diagnostic = generator.generate(genModel, projectType, new BasicMonitor());
    } finally {
      System.err.flush();
      System.setErr(stderr);
    }
    failOnError(diagnostic, "EMF could not generate the " + name + " code");
    if (printed.get()) {
      throw new IllegalStateException("EMF reported errors (above) while generating the " + name + " code");
    }
  }

  /** Prints warnings, and throws on an error: EMF reports most failures only in its Diagnostic. */
  private static void failOnError(Diagnostic diagnostic, String message) {
    if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
      throw new IllegalStateException(message + ":\n" + describe(diagnostic, ""));
    }
    if (diagnostic.getSeverity() == Diagnostic.WARNING) {
      System.err.println("warning:\n" + describe(diagnostic, ""));
    }
  }

  private static String describe(Diagnostic diagnostic, String indent) {
    StringBuilder text = new StringBuilder(indent).append(diagnostic.getMessage());
    if (diagnostic.getException() != null) {
      text.append(" (").append(diagnostic.getException()).append(')');
    }
    for (Diagnostic child : diagnostic.getChildren()) {
      if (child.getSeverity() != Diagnostic.OK) {
        text.append('\n').append(describe(child, indent + "  "));
      }
    }
    return text.toString();
  }

  /** Wipes {@code target} and puts a copy of {@code source} in its place. */
  private static void replace(Path source, Path target) throws IOException {
    if (!Files.isDirectory(source)) {
      throw new IllegalStateException("EMF generated no " + source);
    }
    delete(target);
    Files.createDirectories(target.getParent());
    int files = 0;
    try (Stream<Path> paths = Files.walk(source)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Files.copy(path, target.resolve(source.relativize(path).toString()));
        files += Files.isRegularFile(path) ? 1 : 0;
      }
    }
    System.out.println("wrote " + files + " files into " + target);
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
