package fr.portailfamilles.gateway.pages;

/** One entry of a shell's navigation: where it lives, what it is called, which template shows it. */
interface Rubric {

    String path();

    String label();

    String view();
}
