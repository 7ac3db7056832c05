package de.lotse.directory.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the bundled directory content.
 *
 * @param loadBundledContent whether to load the counselling landscape of Landkreis Peine named in the county
 *     documents ({@code directory/bundled/services.json}) once, after the bundled planning content, when it is not
 *     yet loaded
 */
@ConfigurationProperties("lotse.directory")
record BundledDirectoryProperties(@DefaultValue("true") boolean loadBundledContent) {}
