/** DICOM de-identification (PS3.15 Annex E). Not built yet: the module holds no code until its issue lands. */
package org.raddeid.dicom;
