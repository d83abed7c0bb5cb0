/** Accessible PDF documents (tagged, French, embedded font) rendered from XHTML templates. */
package fr.portailfamilles.billing.documents;
