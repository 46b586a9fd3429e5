/** DICOM de-identification (PS3.15 Annex E). So far only the Part 10 codec in {@code codec}; the profile is to come. */
package org.raddeid.dicom;
